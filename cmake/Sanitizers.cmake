# Sanitizer and fuzzing builds. Each goes in a build folder of its own (see packaging/setup.sh and
# tests/fuzz/run.sh); included before any target is defined, so every target of the project is instrumented.
# Third-party libraries (Qt, libtorch, TagLib, GStreamer...) come from Debian and are not.
option(SOUNDALIKE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SOUNDALIKE_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)

# float-cast-overflow (a float converted to an integer that cannot hold it) is part of clang's `undefined`
# group but not of GCC's.
set(soundalike_sanitizers address,undefined,float-cast-overflow)
if(SOUNDALIKE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SOUNDALIKE_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
  endif()
  # Coverage instrumentation for libFuzzer in every library; the fuzz targets themselves link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(SOUNDALIKE_SANITIZE OR SOUNDALIKE_FUZZ)
  # Stop at the first finding: a report that scrolls past while the test goes on passing is no report.
  add_compile_options(-fsanitize=${soundalike_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${soundalike_sanitizers})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # The instrumentation confuses GCC's flow analysis: with it, libtorch's inlined headers warn of values that
    # "may be used uninitialized". The normal build keeps the warning.
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()
