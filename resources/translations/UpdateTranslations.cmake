# Refreshes every soundalike_<language>.ts in TS_DIR from the sources with lupdate: new strings are added as
# unfinished (for a translator), strings gone from the code are dropped.
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate -DSOURCE_DIR=<repository> -DTS_DIR=<folder> -P UpdateTranslations.cmake
# Source locations are left out so that moving code does not change the files.
foreach(var LUPDATE SOURCE_DIR TS_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "UpdateTranslations.cmake needs -D${var}=...")
  endif()
endforeach()

# Everything whose text can reach the window: the widgets, the application and the services' messages.
set(sources ${SOURCE_DIR}/ui ${SOURCE_DIR}/app/gui ${SOURCE_DIR}/core)
file(GLOB ts_files ${TS_DIR}/soundalike_*.ts)
if(NOT ts_files)
  message(FATAL_ERROR "No soundalike_*.ts in ${TS_DIR}")
endif()
foreach(ts IN LISTS ts_files)
  set(options -silent -locations none -no-obsolete -extensions cpp,h -source-language en -I ${SOURCE_DIR})
  # English is the source language: its file only spells out plurals ("1 song", "3 songs").
  if(ts MATCHES "_en\\.ts$")
    list(APPEND options -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} ${options} ${sources} -ts ${ts} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${ts}")
  endif()
endforeach()
