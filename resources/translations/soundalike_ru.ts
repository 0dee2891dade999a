<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArtistText</name>
    <message>
        <source>Unknown artist</source>
        <translation>Неизвестный исполнитель</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open library database %1: %2</source>
        <translation>не удаётся открыть базу данных библиотеки %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateMark</name>
    <message numerus="yes">
        <source>The same recording is in the library %n more time(s):</source>
        <translation>
            <numerusform>Эта же запись есть в библиотеке ещё %n раз:</numerusform>
            <numerusform>Эта же запись есть в библиотеке ещё %n раза:</numerusform>
            <numerusform>Эта же запись есть в библиотеке ещё %n раз:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbeddingModule</name>
    <message>
        <source>the embedding module (%1.so) was not found in %2</source>
        <translation>модуль векторных представлений (%1.so) не найден в %2</translation>
    </message>
    <message>
        <source>the embedding module could not be loaded: %1</source>
        <translation>не удалось загрузить модуль векторных представлений: %1</translation>
    </message>
</context>
<context>
    <name>FileImporter</name>
    <message>
        <source>%1: no readable audio files in this folder</source>
        <translation>%1: в этой папке нет читаемых аудиофайлов</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: это не файл</translation>
    </message>
</context>
<context>
    <name>FileManagerLink</name>
    <message>
        <source>Show in File Manager</source>
        <translation>Показать в файловом менеджере</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Play or pause in the running Soundalike.</source>
        <translation>Включить воспроизведение или поставить на паузу в запущенном Soundalike.</translation>
    </message>
    <message>
        <source>Skip to the next track in the running Soundalike.</source>
        <translation>Перейти к следующему треку в запущенном Soundalike.</translation>
    </message>
    <message>
        <source>Go back to the previous track in the running Soundalike.</source>
        <translation>Вернуться к предыдущему треку в запущенном Soundalike.</translation>
    </message>
    <message>
        <source>Quit the running Soundalike.</source>
        <translation>Закрыть запущенный Soundalike.</translation>
    </message>
    <message>
        <source>Give only one of --play-pause, --next, --previous and --quit.</source>
        <translation>Укажите только один из параметров --play-pause, --next, --previous и --quit.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ФАЙЛ...]</translation>
    </message>
    <message>
        <source>Audio files or folders to play (and offer as seeds), or an M3U playlist to load. Paths or file:// URLs.</source>
        <translation>Аудиофайлы или папки для воспроизведения (и в качестве образцов) или плейлист M3U для загрузки. Пути или адреса file://.</translation>
    </message>
</context>
<context>
    <name>M3uLocation</name>
    <message>
        <source>no such file</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>Windows drive path; it cannot be found on this computer</source>
        <translation>путь на диске Windows; на этом компьютере его не найти</translation>
    </message>
    <message>
        <source>network path on another computer; not a local file</source>
        <translation>сетевой путь на другом компьютере, а не локальный файл</translation>
    </message>
    <message>
        <source>URL of a stream or a remote file; only local files are played</source>
        <translation>адрес потока или удалённого файла; воспроизводятся только локальные файлы</translation>
    </message>
</context>
<context>
    <name>M3uReader</name>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>%1 is not a playlist: it holds binary data, not lines of text</source>
        <translation>%1 — не плейлист: в нём двоичные данные, а не строки текста</translation>
    </message>
    <message>
        <source>%1 is written in UTF-16, which Soundalike does not read: save it as UTF-8 (.m3u8)</source>
        <translation>%1 записан в UTF-16, который Soundalike не читает: сохраните его в UTF-8 (.m3u8)</translation>
    </message>
</context>
<context>
    <name>MapColouring</name>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятилетие</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>No genre</source>
        <translation>Без жанра</translation>
    </message>
    <message>
        <source>Unknown year</source>
        <translation>Год неизвестен</translation>
    </message>
    <message>
        <source>Unknown artist</source>
        <translation>Неизвестный исполнитель</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: 1960s</comment>
        <translation>%1-е</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Прослушано</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Under %1 BPM</source>
        <translation>Медленнее %1 уд./мин</translation>
    </message>
    <message>
        <source>%1 BPM and faster</source>
        <translation>%1 уд./мин и быстрее</translation>
    </message>
    <message>
        <source>%1–%2 BPM</source>
        <comment>a tempo band: 80–100 BPM</comment>
        <translation>%1–%2 уд./мин</translation>
    </message>
    <message>
        <source>Unknown tempo</source>
        <translation>Темп неизвестен</translation>
    </message>
</context>
<context>
    <name>MapCoverage</name>
    <message numerus="yes">
        <source>%n not analysed yet</source>
        <translation>
            <numerusform>%n ещё не проанализирован</numerusform>
            <numerusform>%n ещё не проанализированы</numerusform>
            <numerusform>%n ещё не проанализированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be analysed</source>
        <translation>
            <numerusform>%n не удалось проанализировать</numerusform>
            <numerusform>%n не удалось проанализировать</numerusform>
            <numerusform>%n не удалось проанализировать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the similarity model</source>
        <translation>
            <numerusform>%n ждёт модели сходства</numerusform>
            <numerusform>%n ждут модели сходства</numerusform>
            <numerusform>%n ждут модели сходства</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable (file missing)</source>
        <translation>
            <numerusform>%n недоступен (нет файла)</numerusform>
            <numerusform>%n недоступны (нет файла)</numerusform>
            <numerusform>%n недоступны (нет файла)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) not on the map: %1</source>
        <translation>
            <numerusform>%n трека нет на карте: %1</numerusform>
            <numerusform>%n трека нет на карте: %1</numerusform>
            <numerusform>%n треков нет на карте: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n analysed, on the map soon</source>
        <translation>
            <numerusform>%n проанализирован, скоро появится</numerusform>
            <numerusform>%n проанализированы, скоро появятся</numerusform>
            <numerusform>%n проанализированы, скоро появятся</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickExplanation</name>
    <message>
        <source>same genre (%1)</source>
        <translation>тот же жанр (%1)</translation>
    </message>
    <message>
        <source>same artist (%1)</source>
        <translation>тот же исполнитель (%1)</translation>
    </message>
    <message>
        <source>same album (%1)</source>
        <translation>тот же альбом (%1)</translation>
    </message>
    <message>
        <source>same decade (%1s)</source>
        <translation>то же десятилетие (%1-е)</translation>
    </message>
    <message>
        <source>similarly bright</source>
        <translation>похожая яркость</translation>
    </message>
    <message>
        <source>similarly noisy or distorted</source>
        <translation>похожий уровень шума или искажений</translation>
    </message>
    <message>
        <source>a similar timbre</source>
        <translation>похожий тембр</translation>
    </message>
    <message>
        <source>a similar key and mode</source>
        <translation>похожие тональность и лад</translation>
    </message>
    <message>
        <source>close tempo (~%1 BPM)</source>
        <translation>близкий темп (~%1 уд./мин)</translation>
    </message>
    <message>
        <source>close tempo</source>
        <translation>близкий темп</translation>
    </message>
    <message>
        <source>a similarly busy rhythm</source>
        <translation>похожая плотность ритма</translation>
    </message>
    <message>
        <source>similar loudness and dynamics</source>
        <translation>похожие громкость и динамика</translation>
    </message>
    <message>
        <source>similarly bright and distorted</source>
        <translation>похожие яркость и искажение</translation>
    </message>
    <message>
        <source>a similar sound overall</source>
        <translation>похожее звучание в целом</translation>
    </message>
    <message>
        <source>Like “%1”: %2</source>
        <translation>Как «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PlaybackFault</name>
    <message>
        <source>its format cannot be played</source>
        <translation>её формат не воспроизводится</translation>
    </message>
    <message>
        <source>the file may not be read</source>
        <translation>нет прав на чтение файла</translation>
    </message>
    <message>
        <source>it cannot be played</source>
        <translation>её нельзя воспроизвести</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>файла нет на месте</translation>
    </message>
</context>
<context>
    <name>PlaylistFiles</name>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>строка %1: %2 (%3)</translation>
    </message>
    <message>
        <source>not a track: %1</source>
        <translation>не трек: %1</translation>
    </message>
    <message>
        <source>the library&apos;s “%1” is %2 long, the playlist&apos;s %3: another recording</source>
        <translation>«%1» в библиотеке длится %2, в плейлисте — %3: это другая запись</translation>
    </message>
</context>
<context>
    <name>PlaylistGenerator</name>
    <message>
        <source>: too few different artists near the seeds</source>
        <translation>: рядом с образцами слишком мало разных исполнителей</translation>
    </message>
    <message>
        <source>artist gap lowered from %1 to %2: the songs that fit these seeds well come from few artists</source>
        <translation>пауза артиста сокращена с %1 до %2: песни, близкие к образцам, принадлежат немногим исполнителям</translation>
    </message>
    <message>
        <source>artist gap relaxed from %1 to %2</source>
        <translation>пауза артиста сокращена с %1 до %2</translation>
    </message>
    <message>
        <source>tracks per artist raised from %1 to %2</source>
        <translation>лимит песен одного исполнителя увеличен с %1 до %2</translation>
    </message>
    <message>
        <source>tracks per artist no longer limited to %1</source>
        <translation>лимит песен одного исполнителя (%1) снят</translation>
    </message>
    <message>
        <source>say how many tracks or how many minutes the playlist should have</source>
        <translation>укажите, сколько песен или минут должно быть в плейлисте</translation>
    </message>
    <message>
        <source>a path needs two seeds: where it starts and where it ends</source>
        <translation>для пути нужны два образца: начало и конец</translation>
    </message>
    <message>
        <source>a path needs two different seeds</source>
        <translation>для пути нужны два разных образца</translation>
    </message>
    <message>
        <source>Only %1 of %2 songs fit these seeds well; the rest follow after them</source>
        <translation>Только %1 из %2 песен хорошо подходят к этим образцам; остальные идут после них</translation>
    </message>
    <message>
        <source>Only %1 of %2 songs fit these seeds well</source>
        <translation>Только %1 из %2 песен хорошо подходят к этим образцам</translation>
    </message>
    <message>
        <source>None of the %1 songs fits these seeds well</source>
        <translation>Ни одна из %1 песен не подходит к этим образцам хорошо</translation>
    </message>
    <message>
        <source>Only %1 of %2 songs: no more songs in the library fit the request</source>
        <translation>Только %1 из %2 песен: других подходящих под запрос песен в библиотеке нет</translation>
    </message>
    <message>
        <source>No song in the library fits the request</source>
        <translation>Ни одна песня в библиотеке не подходит под запрос</translation>
    </message>
    <message>
        <source>artist gap relaxed from %1 to none</source>
        <translation>пауза артиста снята (была %1)</translation>
    </message>
    <message>
        <source>No song is left to choose: every analysed song in the library is a seed, a copy of one, or left out</source>
        <translation>Выбирать не из чего: каждая проанализированная песня библиотеки — образец, копия образца или исключена</translation>
    </message>
    <message>
        <source>there is no other analysed song to choose from yet: add music, or wait for the analysis</source>
        <translation>выбирать пока не из чего: других проанализированных песен нет — добавьте музыку или дождитесь конца анализа</translation>
    </message>
    <message>
        <source>artist gap lowered from %1 to none: the songs that fit these seeds well come from few artists</source>
        <translation>пауза артиста снята (была %1): песни, близкие к образцам, принадлежат немногим исполнителям</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the file holds no decodable audio</source>
        <translation>в файле нет звука, который можно декодировать</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>unsupported format: %1</source>
        <translation>неподдерживаемый формат: %1</translation>
    </message>
    <message>
        <source>not an audio file: its content is in no audio format known here</source>
        <translation>это не аудиофайл: его содержимое не соответствует ни одному известному формату</translation>
    </message>
    <message>
        <source>damaged or cut short: its audio stops at %1, though the file says it lasts %2</source>
        <translation>файл повреждён или обрезан: звук обрывается на %1, хотя по данным файла он длится %2</translation>
    </message>
    <message>
        <source>FFmpeg cannot read %1 files</source>
        <translation>FFmpeg не умеет читать файлы %1</translation>
    </message>
    <message>
        <source>not a readable %1 file: %2</source>
        <translation>не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>no decoder for its audio stream</source>
        <translation>нет декодера для его аудиопотока</translation>
    </message>
    <message>
        <source>no audio stream found</source>
        <translation>аудиопоток не найден</translation>
    </message>
    <message>
        <source>unusable audio stream parameters: %1</source>
        <translation>непригодные параметры аудиопотока: %1</translation>
    </message>
    <message>
        <source>cannot decode its %1 audio: %2</source>
        <translation>не удаётся декодировать звук %1: %2</translation>
    </message>
    <message>
        <source>cannot seek in the stream: %1</source>
        <translation>не удаётся перейти к нужному месту потока: %1</translation>
    </message>
    <message>
        <source>decoding failed: %1</source>
        <translation>ошибка декодирования: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>cannot mix the audio to mono: %1</source>
        <translation>не удаётся свести звук в моно: %1</translation>
    </message>
    <message>
        <source>cannot convert its audio: %1</source>
        <translation>не удаётся преобразовать звук: %1</translation>
    </message>
    <message>
        <source>the audio stream has no channels or no sample rate</source>
        <translation>у аудиопотока нет каналов или частоты дискретизации</translation>
    </message>
    <message>
        <source>cannot convert its audio to mono %1 Hz: %2</source>
        <translation>не удаётся преобразовать звук в моно %1 Гц: %2</translation>
    </message>
    <message>
        <source>cannot convert its audio to float: %1</source>
        <translation>не удаётся преобразовать звук в формат с плавающей точкой: %1</translation>
    </message>
    <message>
        <source>libmpg123 cannot decode to 32-bit float: %1</source>
        <translation>libmpg123 не может декодировать в 32-битный формат с плавающей точкой: %1</translation>
    </message>
    <message>
        <source>libmpg123 cannot read it: %1</source>
        <translation>libmpg123 не может его прочитать: %1</translation>
    </message>
    <message>
        <source>no MPEG audio frames found</source>
        <translation>не найдено ни одного аудиокадра MPEG</translation>
    </message>
    <message>
        <source>its channels or sample rate change midway</source>
        <translation>число каналов или частота дискретизации меняются посреди файла</translation>
    </message>
    <message>
        <source>cannot open the folder: %1</source>
        <translation>не удаётся открыть папку: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>пустой файл (0 байт)</translation>
    </message>
    <message>
        <source>not an MP3 file: no MPEG audio frames found</source>
        <translation>это не файл MP3: не найдено ни одного аудиокадра MPEG</translation>
    </message>
    <message>
        <source>damaged %1 file: its structure cannot be read</source>
        <translation>повреждённый файл %1: не удаётся разобрать его структуру</translation>
    </message>
    <message>
        <source>not a playable %1: no audio stream (length, sample rate) found</source>
        <translation>%1 нельзя воспроизвести: не найден аудиопоток (длительность, частота дискретизации)</translation>
    </message>
    <message>
        <source>analysis failed: %1</source>
        <translation>ошибка анализа: %1</translation>
    </message>
    <message>
        <source>cannot fingerprint the audio: %1</source>
        <translation>не удаётся снять отпечаток звука: %1</translation>
    </message>
    <message>
        <source>cannot analyse the audio: %1</source>
        <translation>не удаётся проанализировать звук: %1</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>damaged or cut short: it holds %1 KB of the %2 KB of audio its header counts</source>
        <translation>файл повреждён или обрезан: в нём %1 КБ из %2 КБ звука, указанных в его заголовке</translation>
    </message>
</context>
<context>
    <name>SavedPlaylists</name>
    <message>
        <source>A playlist needs a name.</source>
        <translation>У плейлиста должно быть название.</translation>
    </message>
    <message>
        <source>A playlist name can have at most %1 characters.</source>
        <translation>Название плейлиста может быть не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>There is no saved playlist with id %1.</source>
        <translation>Нет сохранённого плейлиста с номером %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not generated: there is no recipe to make it again from.</source>
        <translation>«%1» не был сгенерирован: не из чего составить его заново.</translation>
    </message>
    <message>
        <source>The seeds of &quot;%1&quot; are no longer in the library.</source>
        <translation>Образцов плейлиста «%1» больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>A playlist named “%1” already exists.</source>
        <translation>Плейлист «%1» уже существует.</translation>
    </message>
    <message>
        <source>Nothing was saved: none of the songs in “%1” can be found.</source>
        <translation>Ничего не сохранено: ни одна песня из «%1» не найдена.</translation>
    </message>
</context>
<context>
    <name>SeedSet</name>
    <message>
        <source>track %1 has no vector in %2</source>
        <translation>у трека %1 нет вектора в %2</translation>
    </message>
    <message>
        <source>track %1 has nothing to compare by (no tags or analysis)</source>
        <translation>у трека %1 нет данных для сравнения (ни тегов, ни анализа)</translation>
    </message>
    <message>
        <source>a playlist needs at least one seed</source>
        <translation>для плейлиста нужен хотя бы один образец</translation>
    </message>
</context>
<context>
    <name>SimilarTracks</name>
    <message>
        <source>the library has no songs yet: add a music folder to it first</source>
        <translation>в библиотеке пока нет песен: сначала добавьте в неё папку с музыкой</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackMarks</name>
    <message>
        <source>Could not be analysed: %1. It plays, but no playlist can match its sound.</source>
        <translation>Не удалось проанализировать: %1. Песня играет, но плейлисты не могут подобрать похожие на неё по звучанию.</translation>
    </message>
</context>
<context>
    <name>VectorSourceChoice</name>
    <message>
        <source>the similarity model file %1 is missing; using the audio descriptors</source>
        <translation>файл модели сходства %1 отсутствует; используются звуковые дескрипторы</translation>
    </message>
    <message>
        <source>the similarity model does not cover these tracks yet; using the audio descriptors</source>
        <translation>модель сходства пока не охватывает эти треки; используются звуковые дескрипторы</translation>
    </message>
    <message>
        <source>too few tracks are analysed yet: similarity from tags (genre, artist, year)</source>
        <translation>проанализировано мало треков: сходство по тегам (жанр, исполнитель, год)</translation>
    </message>
    <message>
        <source>the library is being analysed again; using the previous analysis meanwhile</source>
        <translation>библиотека анализируется заново; пока используется прежний анализ</translation>
    </message>
    <message>
        <source>“%1” is not analysed (not yet, or it could not be: see the problems): similarity from tags (genre, artist, year)</source>
        <translation>«%1» не проанализирован (ещё нет или не удалось: см. проблемы): сходство по тегам (жанр, исполнитель, год)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Soundalike: playlists of similar songs from your own music.</source>
        <translation>Soundalike: плейлисты из похожих песен вашей собственной коллекции.</translation>
    </message>
    <message>
        <source>Library database to open.</source>
        <translation>База данных библиотеки, которую нужно открыть.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>Print what each part of Soundalike does on stderr (debug log).</source>
        <translation>Печатать в stderr, что делает каждая часть Soundalike (отладочный журнал).</translation>
    </message>
</context>
<context>
    <name>soundalike::ActivityStatus</name>
    <message>
        <source>Scan stopped; the next scan goes on from there.</source>
        <translation>Сканирование остановлено; следующее продолжит с этого места.</translation>
    </message>
    <message>
        <source>Library is up to date.</source>
        <translation>Библиотека актуальна.</translation>
    </message>
    <message numerus="yes">
        <source>from the sound, and the genre tags of %Ln track(s)</source>
        <translation>
            <numerusform>по звучанию и по жанрам %Ln трека</numerusform>
            <numerusform>по звучанию и по жанрам %Ln треков</numerusform>
            <numerusform>по звучанию и по жанрам %Ln треков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from genre tags of %Ln track(s)</source>
        <translation>
            <numerusform>по жанрам %Ln трека</numerusform>
            <numerusform>по жанрам %Ln треков</numerusform>
            <numerusform>по жанрам %Ln треков</numerusform>
        </translation>
    </message>
    <message>
        <source>from the sound alone</source>
        <translation>только по звучанию</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n track(s)</source>
        <translation>
            <numerusform>Проанализирован %n трек</numerusform>
            <numerusform>Проанализировано %n трека</numerusform>
            <numerusform>Проанализировано %n треков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; не удалось прочитать: %n</numerusform>
            <numerusform>; не удалось прочитать: %n</numerusform>
            <numerusform>; не удалось прочитать: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New similarity model learnt from %Ln track(s) (%1); playlists use it from now on.</source>
        <translation>
            <numerusform>Новая модель сходства обучена на %Ln треке (%1); плейлисты теперь используют её.</numerusform>
            <numerusform>Новая модель сходства обучена на %Ln треках (%1); плейлисты теперь используют её.</numerusform>
            <numerusform>Новая модель сходства обучена на %Ln треках (%1); плейлисты теперь используют её.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not train the similarity model: %1</source>
        <translation>Не удалось обучить модель сходства: %1</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>Сканирование не удалось: %1</translation>
    </message>
    <message>
        <source>Scanning library</source>
        <translation>Сканирование библиотеки</translation>
    </message>
    <message>
        <source>Adding files to the library</source>
        <translation>Добавление файлов в медиатеку</translation>
    </message>
    <message>
        <source>Removing a folder from the library</source>
        <translation>Удаление папки из медиатеки</translation>
    </message>
    <message>
        <source>Analysing dropped tracks</source>
        <translation>Анализ перетащенных треков</translation>
    </message>
    <message>
        <source>Analysing audio</source>
        <translation>Анализ звука</translation>
    </message>
    <message>
        <source>Training the similarity model</source>
        <translation>Обучение модели сходства</translation>
    </message>
    <message>
        <source>Drawing the library map</source>
        <translation>Построение карты библиотеки</translation>
    </message>
    <message>
        <source>Measuring loudness for volume levelling</source>
        <translation>Измерение громкости для выравнивания</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>добавлено: %Ln</numerusform>
            <numerusform>добавлено: %Ln</numerusform>
            <numerusform>добавлено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>обновлено: %Ln</numerusform>
            <numerusform>обновлено: %Ln</numerusform>
            <numerusform>обновлено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>перемещено: %Ln</numerusform>
            <numerusform>перемещено: %Ln</numerusform>
            <numerusform>перемещено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>удалено: %Ln</numerusform>
            <numerusform>удалено: %Ln</numerusform>
            <numerusform>удалено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found again</source>
        <translation>
            <numerusform>снова найдено: %Ln</numerusform>
            <numerusform>снова найдено: %Ln</numerusform>
            <numerusform>снова найдено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>не найдено: %Ln</numerusform>
            <numerusform>не найдено: %Ln</numerusform>
            <numerusform>не найдено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>не удалось прочитать: %Ln</numerusform>
            <numerusform>не удалось прочитать: %Ln</numerusform>
            <numerusform>не удалось прочитать: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Library scanned: %1.</source>
        <translation>Библиотека просканирована — %1.</translation>
    </message>
    <message>
        <source>File ▸ Unreadable Files lists them, with the reasons.</source>
        <translation>Их список с причинами — в меню Файл ▸ Нечитаемые файлы.</translation>
    </message>
</context>
<context>
    <name>soundalike::FirstRunDialog</name>
    <message>
        <source>Welcome to Soundalike</source>
        <translation>Добро пожаловать в Soundalike</translation>
    </message>
    <message>
        <source>Where is your music?</source>
        <translation>Где хранится ваша музыка?</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Scan This Folder</source>
        <translation>&amp;Сканировать эту папку</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Music Folder</source>
        <translation>Папка с музыкой</translation>
    </message>
    <message>
        <source>Soundalike looks for music files (mp3, FLAC, Ogg, Opus, M4A, WAV, AIFF) in this folder and its subfolders. The scan runs in the background: you can browse and play while it works. More folders can be added later from the File menu.</source>
        <translation>Soundalike ищет музыкальные файлы (mp3, FLAC, Ogg, Opus, M4A, WAV, AIFF) в этой папке и её подпапках. Сканирование идёт в фоне: пока оно работает, можно просматривать библиотеку и слушать музыку. Другие папки можно добавить позже в меню «Файл».</translation>
    </message>
    <message>
        <source>There is no folder here. Choose the one your music is in with Browse…</source>
        <translation>Такой папки нет. Выберите папку с музыкой кнопкой «Обзор…».</translation>
    </message>
</context>
<context>
    <name>soundalike::GenerateControls</name>
    <message>
        <source>How long the playlist is</source>
        <translation>Длина плейлиста</translation>
    </message>
    <message>
        <source>Left: only the closest matches. Right: more variety around the seeds.</source>
        <translation>Влево — только самые близкие совпадения. Вправо — больше разнообразия вокруг образцов.</translation>
    </message>
    <message>
        <source>Most similar first</source>
        <translation>Сначала самые похожие</translation>
    </message>
    <message>
        <source>Smooth flow</source>
        <translation>Плавные переходы</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>П&amp;орядок</translation>
    </message>
    <message>
        <source>Artist &amp;gap</source>
        <translation>Пауза &amp;артиста</translation>
    </message>
    <message>
        <source>&amp;Variety</source>
        <translation>&amp;Разнообразие</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Генерация…</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Пересоздать</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Сгенерировать</translation>
    </message>
    <message>
        <source>Make a playlist of songs like the seeds (Ctrl+G)</source>
        <translation>Составить плейлист из песен, похожих на образцы (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add at least one seed first</source>
        <translation>Сначала добавьте хотя бы один образец</translation>
    </message>
    <message numerus="yes">
        <source>song(s)</source>
        <translation>
            <numerusform>песня</numerusform>
            <numerusform>песни</numerusform>
            <numerusform>песен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>минута</numerusform>
            <numerusform>минуты</numerusform>
            <numerusform>минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Path from the first seed to the last</source>
        <translation>Путь от первого образца к последнему</translation>
    </message>
    <message>
        <source>off</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No artist twice within this many songs in a row: 2 keeps one artist&apos;s songs apart, 5 puts four others between them</source>
        <translation>Один исполнитель не чаще раза на столько песен подряд: 2 — его песни не идут подряд, 5 — между ними четыре других</translation>
    </message>
    <message>
        <source>A path needs two seeds: where it starts and where it ends</source>
        <translation>Для пути нужны два образца: начало и конец</translation>
    </message>
    <message>
        <source>A path needs two seeds: add another, or choose another order</source>
        <translation>Для пути нужны два образца: добавьте ещё один или выберите другой порядок</translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation>&amp;Длина</translation>
    </message>
</context>
<context>
    <name>soundalike::GenerateFlow</name>
    <message>
        <source>Generated playlist</source>
        <translation>Сгенерированный плейлист</translation>
    </message>
    <message>
        <source>Mix from “%1”</source>
        <translation>Похожие на «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Mix from “%1” and %n more</source>
        <translation>
            <numerusform>Похожие на «%1» и ещё %n</numerusform>
            <numerusform>Похожие на «%1» и ещё %n</numerusform>
            <numerusform>Похожие на «%1» и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The new playlist plays after this song; Back (Alt+Left) returns to the one before.</source>
        <translation>Новый плейлист заиграет после этой песни; «Назад» (Alt+Влево) вернёт прежний.</translation>
    </message>
</context>
<context>
    <name>soundalike::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Recent &amp;Messages</source>
        <translation>Недавние сооб&amp;щения</translation>
    </message>
    <message>
        <source>&amp;About Soundalike</source>
        <translation>&amp;О программе Soundalike</translation>
    </message>
    <message>
        <source>About Soundalike</source>
        <translation>О программе Soundalike</translation>
    </message>
    <message>
        <source>&lt;b&gt;Soundalike&lt;/b&gt; %1&lt;br&gt;Playlists of similar songs from your own music, offline.</source>
        <translation>&lt;b&gt;Soundalike&lt;/b&gt; %1&lt;br&gt;Плейлисты из похожих песен вашей собственной коллекции, без интернета.</translation>
    </message>
</context>
<context>
    <name>soundalike::LaunchActions</name>
    <message>
        <source>%1: not a file on this computer</source>
        <translation>%1: это не файл на этом компьютере</translation>
    </message>
    <message>
        <source>%1: only one playlist can be opened at a time</source>
        <translation>%1: одновременно можно открыть только один плейлист</translation>
    </message>
    <message numerus="yes">
        <source>Could not open %n item(s): %1</source>
        <translation>
            <numerusform>Не удалось открыть %n объект: %1</numerusform>
            <numerusform>Не удалось открыть %n объекта: %1</numerusform>
            <numerusform>Не удалось открыть %n объектов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Открытые файлы</translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryModel</name>
    <message>
        <source>%1 (not available: is its drive mounted?)</source>
        <translation>%1 (недоступен: подключён ли диск?)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Альбом</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Прослушано</translation>
    </message>
    <message>
        <source>Skips</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Last Played</source>
        <translation>Последний раз</translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryTreeModel</name>
    <message>
        <source>Unknown album</source>
        <translation>Неизвестный альбом</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n трек</numerusform>
            <numerusform>%n трека</numerusform>
            <numerusform>%n треков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryView</name>
    <message>
        <source>Filter by title, artist, album or genre</source>
        <translation>Фильтр по названию, исполнителю, альбому или жанру</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Треки</translation>
    </message>
    <message>
        <source>Tracks (%L1)</source>
        <translation>Треки (%L1)</translation>
    </message>
    <message>
        <source>Add as Seed</source>
        <translation>Добавить в образцы</translation>
    </message>
    <message>
        <source>Append to Playlist</source>
        <translation>Добавить в плейлист</translation>
    </message>
    <message>
        <source>No track selected</source>
        <translation>Трек не выбран</translation>
    </message>
    <message>
        <source>Select a track to see its cover</source>
        <translation>Выберите трек, чтобы увидеть обложку</translation>
    </message>
    <message>
        <source>Tracks (%L1 of %L2)</source>
        <translation>Треки (%L1 из %L2)</translation>
    </message>
    <message>
        <source>Play Now</source>
        <translation>Воспроизвести сейчас</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Воспроизвести следующим</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>No tracks to show. Add a music folder from the File menu.</source>
        <translation>Нет треков для показа. Добавьте папку с музыкой в меню «Файл».</translation>
    </message>
    <message numerus="yes">
        <source>No track matches the filter. Clear it to see all %Ln track(s).</source>
        <translation>
            <numerusform>Ни один трек не подходит под фильтр. Очистите его, чтобы увидеть все %Ln трек.</numerusform>
            <numerusform>Ни один трек не подходит под фильтр. Очистите его, чтобы увидеть все %Ln трека.</numerusform>
            <numerusform>Ни один трек не подходит под фильтр. Очистите его, чтобы увидеть все %Ln треков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::LibraryWatcher</name>
    <message numerus="yes">
        <source>Changes in %n folder(s), such as %1, cannot be followed: the system&apos;s limit on watched folders is reached. Use Rescan Library after changing them.</source>
        <translation>
            <numerusform>Изменения в %n папке (например, %1) нельзя отследить: достигнут системный предел наблюдаемых папок. После изменений в ней выберите «Пересканировать библиотеку».</numerusform>
            <numerusform>Изменения в %n папках (например, %1) нельзя отследить: достигнут системный предел наблюдаемых папок. После изменений в них выберите «Пересканировать библиотеку».</numerusform>
            <numerusform>Изменения в %n папках (например, %1) нельзя отследить: достигнут системный предел наблюдаемых папок. После изменений в них выберите «Пересканировать библиотеку».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::ListeningLog</name>
    <message>
        <source>Could not save what was played.</source>
        <translation>Не удалось сохранить, что было прослушано.</translation>
    </message>
</context>
<context>
    <name>soundalike::LyricsView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Click to play from this line</source>
        <translation>Щёлкните, чтобы играть с этой строки</translation>
    </message>
    <message>
        <source>No lyrics for “%1”.

Soundalike shows the lyrics saved in a song&apos;s tags, or in a .lrc file of the same name beside it (synced lyrics follow the song).</source>
        <translation>Для «%1» нет текста.

Soundalike показывает текст, сохранённый в тегах песни или в файле .lrc с тем же именем рядом с ней (синхронизированный текст идёт вместе с песней).</translation>
    </message>
    <message>
        <source>The words of the song playing show here.</source>
        <translation>Здесь показывается текст играющей песни.</translation>
    </message>
</context>
<context>
    <name>soundalike::MainWindow</name>
    <message>
        <source>Soundalike</source>
        <translation>Soundalike</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Add Music Folder…</source>
        <translation>&amp;Добавить папку с музыкой…</translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation>&amp;Пересканировать библиотеку</translation>
    </message>
    <message>
        <source>&amp;Import Playlist…</source>
        <translation>&amp;Импортировать плейлист…</translation>
    </message>
    <message>
        <source>&amp;Export Playlist…</source>
        <translation>&amp;Экспортировать плейлист…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Воспроизведение</translation>
    </message>
    <message>
        <source>&amp;Generate Playlist</source>
        <translation>С&amp;генерировать плейлист</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>Добавить папку с музыкой</translation>
    </message>
    <message>
        <source>Playlist %1</source>
        <translation>Плейлист %1</translation>
    </message>
    <message>
        <source>No sound output</source>
        <translation>Нет вывода звука</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>Import as Sa&amp;ved Playlist…</source>
        <translation>Импортировать как со&amp;хранённый плейлист…</translation>
    </message>
    <message>
        <source>&amp;Save Playlist…</source>
        <translation>&amp;Сохранить плейлист…</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Открыть файлы…</translation>
    </message>
    <message>
        <source>Music and playlists (%1 %2)</source>
        <translation>Музыка и плейлисты (%1 %2)</translation>
    </message>
    <message>
        <source>Music (%1)</source>
        <translation>Музыка (%1)</translation>
    </message>
    <message>
        <source>Playlists (%1)</source>
        <translation>Плейлисты (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Открыть файлы</translation>
    </message>
    <message>
        <source>&amp;Unreadable Files…</source>
        <translation>&amp;Нечитаемые файлы…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the window&apos;s title: song, artist</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Export Playlist with Absolute &amp;Paths…</source>
        <translation>Экспортировать плейлист с &amp;абсолютными путями…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>“%1” is no longer in the playlist.</source>
        <translation>«%1» уже нет в плейлисте.</translation>
    </message>
    <message>
        <source>No song is playing.</source>
        <translation>Сейчас ничего не играет.</translation>
    </message>
    <message>
        <source>Go &amp;to Playing Song</source>
        <translation>Перейти к &amp;играющей песне</translation>
    </message>
    <message>
        <source>L&amp;yrics</source>
        <translation>&amp;Текст песни</translation>
    </message>
</context>
<context>
    <name>soundalike::MapPane</name>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятилетие</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Played recently</source>
        <translation>Недавно прослушанные</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Цвет по:</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Лассо</translation>
    </message>
    <message>
        <source>Drag around tracks to make them seeds (or drag with Shift held)</source>
        <translation>Обведите треки, чтобы сделать их образцами (или ведите мышью с нажатой Shift)</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Вся карта</translation>
    </message>
    <message>
        <source>Show the whole map (0 or Home)</source>
        <translation>Показать всю карту (0 или Home)</translation>
    </message>
    <message>
        <source>Loading the map</source>
        <translation>Загрузка карты</translation>
    </message>
    <message>
        <source>Laying out the map</source>
        <translation>Построение карты</translation>
    </message>
    <message>
        <source>Placing new tracks</source>
        <translation>Размещение новых треков</translation>
    </message>
    <message>
        <source>Saving the map</source>
        <translation>Сохранение карты</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Could not update the map: %1</source>
        <translation>Не удалось обновить карту: %1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
</context>
<context>
    <name>soundalike::MapView</name>
    <message>
        <source>The map shows the library once its tracks are analysed.</source>
        <translation>Карта покажет библиотеку, когда её треки будут проанализированы.</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Трек %1</translation>
    </message>
    <message>
        <source>Play Now</source>
        <translation>Воспроизвести сейчас</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Воспроизвести следующим</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>Add as Seed</source>
        <translation>Добавить в образцы</translation>
    </message>
</context>
<context>
    <name>soundalike::MessageLogDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Недавние сообщения</translation>
    </message>
    <message>
        <source>Nothing has been said in the status bar since Soundalike started.</source>
        <translation>С запуска Soundalike в строке состояния не было сообщений.</translation>
    </message>
</context>
<context>
    <name>soundalike::PlaybackMenu</name>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Воспроизведение / пауза</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Сл&amp;едующий</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Предыдущий</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>Вперёд на 5 секунд</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>Назад на 5 секунд</translation>
    </message>
    <message>
        <source>Volume &amp;Up</source>
        <translation>Гро&amp;мче</translation>
    </message>
    <message>
        <source>Volume &amp;Down</source>
        <translation>&amp;Тише</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Без звука</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>В случайном пор&amp;ядке</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>Повто&amp;р</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Выключен</translation>
    </message>
    <message>
        <source>The Whole &amp;Playlist</source>
        <translation>Весь &amp;плейлист</translation>
    </message>
    <message>
        <source>This &amp;Song</source>
        <translation>Этот &amp;трек</translation>
    </message>
    <message>
        <source>Next Repeat Mode</source>
        <translation>Следующий режим повтора</translation>
    </message>
    <message>
        <source>Play Ne&amp;xt</source>
        <translation>Воспроизвести с&amp;ледующим</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Добавить в &amp;очередь</translation>
    </message>
    <message>
        <source>&amp;Clear Queue</source>
        <translation>О&amp;чистить очередь</translation>
    </message>
    <message>
        <source>Stop &amp;After This Song</source>
        <translation>Стоп после &amp;этой песни</translation>
    </message>
    <message>
        <source>Playback stops after “%1”.</source>
        <translation>Воспроизведение остановится после «%1».</translation>
    </message>
    <message>
        <source>Playback goes on after “%1”.</source>
        <translation>Воспроизведение продолжится после «%1».</translation>
    </message>
</context>
<context>
    <name>soundalike::Player</name>
    <message>
        <source>Skipped “%1”: %2</source>
        <translation>Песня «%1» пропущена: %2</translation>
    </message>
    <message>
        <source>Nothing in the playlist could be played.</source>
        <translation>Ни одну песню плейлиста не удалось воспроизвести.</translation>
    </message>
    <message>
        <source>No audio output device was found: songs play, but nothing can be heard. Connect speakers or headphones, or check the sound settings.</source>
        <translation>Устройство вывода звука не найдено: песни играют, но ничего не слышно. Подключите колонки или наушники либо проверьте настройки звука.</translation>
    </message>
    <message>
        <source>it did not finish loading</source>
        <translation>она так и не загрузилась</translation>
    </message>
    <message>
        <source>The sound output does not work (is the sound server running?), so playback stopped here instead of skipping songs. Check the sound settings, then press Play.</source>
        <translation>Вывод звука не работает (запущен ли звуковой сервер?), поэтому воспроизведение остановлено здесь, а не перескакивает через песни. Проверьте настройки звука и нажмите «Воспроизвести».</translation>
    </message>
    <message>
        <source>End of the playlist: Play starts it again from the top.</source>
        <translation>Плейлист закончился: «Воспроизвести» начнёт его сначала.</translation>
    </message>
    <message>
        <source>Nothing to play yet: make a playlist (seeds, then Generate), or choose Play Now on a song of the library.</source>
        <translation>Играть пока нечего: составьте плейлист (образцы, затем «Сгенерировать») или выберите «Воспроизвести сейчас» у песни из библиотеки.</translation>
    </message>
    <message>
        <source>End of the playlist: every song has played. Play starts a new shuffled round.</source>
        <translation>Конец плейлиста: прозвучали все песни. «Воспроизвести» начнёт новый круг в случайном порядке.</translation>
    </message>
    <message>
        <source>“%1” stopped at %2 of %3: the file is cut short or damaged.</source>
        <translation>«%1» оборвалась на %2 из %3: файл обрезан или повреждён.</translation>
    </message>
    <message>
        <source>Stopped after “%1”, as asked: Play goes on with “%2”.</source>
        <translation>Остановлено после «%1», как просили: «Воспроизвести» продолжит с «%2».</translation>
    </message>
</context>
<context>
    <name>soundalike::PlayerBar</name>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Воспроизвести (Пробел)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>Ничего не играет</translation>
    </message>
    <message>
        <source>Generate a playlist to start</source>
        <translation>Сгенерируйте плейлист, чтобы начать</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>В случайном порядке</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation>Повтор: выключен</translation>
    </message>
    <message>
        <source>Repeat: the whole playlist</source>
        <translation>Повтор: весь плейлист</translation>
    </message>
    <message>
        <source>Repeat: this song</source>
        <translation>Повтор: этот трек</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <source>Shuffle: on</source>
        <translation>В случайном порядке: включено</translation>
    </message>
    <message>
        <source>Shuffle: off</source>
        <translation>В случайном порядке: выключено</translation>
    </message>
    <message>
        <source>Stop (playback stops after this song)</source>
        <translation>Стоп (воспроизведение остановится после этой песни)</translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistBuilder</name>
    <message>
        <source>Add at least one seed track first.</source>
        <translation>Сначала добавьте хотя бы одну песню-образец.</translation>
    </message>
    <message>
        <source>Could not make a playlist: %1</source>
        <translation>Не удалось составить плейлист: %1</translation>
    </message>
    <message>
        <source>No song in the library fits the request.</source>
        <translation>Ни одна песня в библиотеке не подходит под запрос.</translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistClearAction</name>
    <message>
        <source>Clear Playlist</source>
        <translation>Очистить плейлист</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Empty the playlist (Back brings it back)</source>
        <translation>Очистить плейлист (его можно вернуть кнопкой «Назад»)</translation>
    </message>
    <message numerus="yes">
        <source>Playlist cleared (%n song(s)): Playback ▸ Back (Alt+Left) brings it back.</source>
        <translation>
            <numerusform>Плейлист очищен (%n песня): «Воспроизведение ▸ Назад» (Alt+Влево) вернёт его.</numerusform>
            <numerusform>Плейлист очищен (%n песни): «Воспроизведение ▸ Назад» (Alt+Влево) вернёт его.</numerusform>
            <numerusform>Плейлист очищен (%n песен): «Воспроизведение ▸ Назад» (Alt+Влево) вернёт его.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistFileActions</name>
    <message>
        <source>The playlist is empty: there is nothing to export.</source>
        <translation>Плейлист пуст: экспортировать нечего.</translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation>Экспорт плейлиста</translation>
    </message>
    <message>
        <source>Import Playlist</source>
        <translation>Импорт плейлиста</translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8)</source>
        <translation>Плейлисты (*.m3u *.m3u8)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n entr(y/ies): %1</source>
        <translation>
            <numerusform>Пропущена %n запись: %1</numerusform>
            <numerusform>Пропущено %n записи: %1</numerusform>
            <numerusform>Пропущено %n записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>M3U8 playlist (*.m3u8)</source>
        <translation>Плейлист M3U8 (*.m3u8)</translation>
    </message>
    <message>
        <source>M3U playlist (*.m3u)</source>
        <translation>Плейлист M3U (*.m3u)</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Плейлист</translation>
    </message>
    <message>
        <source>“%1” has no song that can be played; the playlist was left as it was.</source>
        <translation>В «%1» нет ни одной песни, которую можно сыграть; плейлист оставлен как был.</translation>
    </message>
    <message>
        <source>Playlist saved to %1.</source>
        <translation>Плейлист сохранён в %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n song(s) from “%1”.</source>
        <translation>
            <numerusform>Импортирована %n песня из «%1».</numerusform>
            <numerusform>Импортировано %n песни из «%1».</numerusform>
            <numerusform>Импортировано %n песен из «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistHistoryActions</name>
    <message>
        <source>&amp;Back to “%1”</source>
        <translation>&amp;Назад к плейлисту «%1»</translation>
    </message>
    <message>
        <source>&amp;Back to the Previous Playlist</source>
        <translation>&amp;Назад к предыдущему плейлисту</translation>
    </message>
    <message>
        <source>&amp;Forward to “%1”</source>
        <translation>Вперё&amp;д к плейлисту «%1»</translation>
    </message>
    <message>
        <source>&amp;Forward to the Next Playlist</source>
        <translation>Вперё&amp;д к следующему плейлисту</translation>
    </message>
</context>
<context>
    <name>soundalike::PlaylistView</name>
    <message>
        <source>Add seeds above and press Generate: a playlist of songs like them appears here and starts playing.</source>
        <translation>Добавьте образцы выше и нажмите «Сгенерировать»: здесь появится плейлист из похожих на них песен, и он начнёт играть.</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Плейлист</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Add as Seed</source>
        <translation>Добавить в образцы</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) · %1</source>
        <translation>
            <numerusform>%n песня · %1</numerusform>
            <numerusform>%n песни · %1</numerusform>
            <numerusform>%n песен · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Songs to play next wait here: choose Play Next or Add to Queue on any song.</source>
        <translation>Здесь ждут песни, которые прозвучат следующими: выберите «Воспроизвести следующим» или «Добавить в очередь» у любой песни.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Filter the playlist</source>
        <translation>Фильтр плейлиста</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Воспроизвести следующим</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n song(s) shown</source>
        <translation>
            <numerusform>Показано %L1 из %n песни</numerusform>
            <numerusform>Показано %L1 из %n песен</numerusform>
            <numerusform>Показано %L1 из %n песен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fit(s) the seeds well</source>
        <translation>
            <numerusform>%n хорошо подходит к образцам</numerusform>
            <numerusform>%n хорошо подходят к образцам</numerusform>
            <numerusform>%n хорошо подходят к образцам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::RadioControls</name>
    <message>
        <source>&amp;Keep Playing Similar Songs</source>
        <translation>Продол&amp;жать похожими песнями</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <source>Keep playing similar songs (%1): when the playlist nears its end, add more songs like the seeds and like what you listen to. Skipping a song early means fewer like it.</source>
        <translation>Продолжать похожими песнями (%1): когда плейлист подходит к концу, добавлять песни, похожие на образцы и на то, что вы слушаете. Песня, пропущенная в самом начале, означает «поменьше таких».</translation>
    </message>
    <message>
        <source>Play more songs like this one</source>
        <translation>Играть больше песен, похожих на эту</translation>
    </message>
    <message>
        <source>More &amp;Like This</source>
        <translation>Больше по&amp;хожих</translation>
    </message>
</context>
<context>
    <name>soundalike::RadioSession</name>
    <message>
        <source>more like “%1”</source>
        <translation>больше похожих на «%1»</translation>
    </message>
    <message>
        <source>fewer like “%1”</source>
        <translation>поменьше похожих на «%1»</translation>
    </message>
    <message>
        <source>Radio: fewer like “%1” from now on.</source>
        <translation>Радио: теперь поменьше похожих на «%1».</translation>
    </message>
    <message>
        <source>more like %1</source>
        <translation>больше похожих на %1</translation>
    </message>
    <message>
        <source>Radio: more like %1 from now on.</source>
        <translation>Радио: теперь больше похожих на %1.</translation>
    </message>
    <message>
        <source>Noted: more like %1. Turn on “Keep playing similar songs” to hear them.</source>
        <translation>Запомнено: больше похожих на %1. Включите «Продолжать похожими песнями», чтобы их услышать.</translation>
    </message>
    <message>
        <source>Radio: no more songs like these in your library.</source>
        <translation>Радио: в медиатеке больше нет похожих песен.</translation>
    </message>
    <message>
        <source>Radio stopped: %1</source>
        <translation>Радио остановлено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Radio added %n song(s)</source>
        <translation>
            <numerusform>Радио добавило %n песню</numerusform>
            <numerusform>Радио добавило %n песни</numerusform>
            <numerusform>Радио добавило %n песен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Radio: the %n song(s) left like these sound like songs you skipped. Use More Like This on a song to hear more.</source>
        <translation>
            <numerusform>Радио: оставшаяся %n похожая песня звучит как пропущенные вами. Чтобы слышать больше, выберите «Больше похожих» на песне.</numerusform>
            <numerusform>Радио: оставшиеся %n похожие песни звучат как пропущенные вами. Чтобы слышать больше, выберите «Больше похожих» на песне.</numerusform>
            <numerusform>Радио: оставшиеся %n похожих песен звучат как пропущенные вами. Чтобы слышать больше, выберите «Больше похожих» на песне.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a song&apos;s title quoted</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>soundalike::RowMoveKeys</name>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistActions</name>
    <message>
        <source>“%1” is empty: there is nothing to play.</source>
        <translation>«%1» пуст: играть нечего.</translation>
    </message>
    <message>
        <source>Making a fresh mix of “%1”…</source>
        <translation>Составляется новая подборка «%1»…</translation>
    </message>
    <message>
        <source>“%1” is a fresh mix now; Back (Alt+Left) returns to what played before.</source>
        <translation>«%1» — теперь новая подборка; «Назад» (Alt+Влево) вернёт то, что играло раньше.</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Плейлист</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>A playlist named “%1” already exists. Replace its songs?</source>
        <translation>Плейлист «%1» уже существует. Заменить его песни?</translation>
    </message>
    <message>
        <source>The playlist is empty: there is nothing to save.</source>
        <translation>Плейлист пуст: сохранять нечего.</translation>
    </message>
    <message>
        <source>Save Playlist</source>
        <translation>Сохранить плейлист</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <source>Import as Saved Playlist</source>
        <translation>Импорт в сохранённые плейлисты</translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1” with %n song(s) under Playlists: double-click it to play it.</source>
        <translation>
            <numerusform>Плейлист «%1» (%n песня) сохранён в «Плейлистах»: дважды щёлкните по нему, чтобы воспроизвести.</numerusform>
            <numerusform>Плейлист «%1» (%n песни) сохранён в «Плейлистах»: дважды щёлкните по нему, чтобы воспроизвести.</numerusform>
            <numerusform>Плейлист «%1» (%n песен) сохранён в «Плейлистах»: дважды щёлкните по нему, чтобы воспроизвести.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistsModel</name>
    <message numerus="yes">
        <source>%n song(s) · %1</source>
        <translation>
            <numerusform>%n песня · %1</numerusform>
            <numerusform>%n песни · %1</numerusform>
            <numerusform>%n песен · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated: Regenerate makes a fresh mix from the same seeds and settings.</source>
        <translation>Сгенерирован: «Сгенерировать заново» составит новую подборку из тех же образцов с теми же настройками.</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Плейлист</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Песни</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) not available now: deleted, moved, or on a drive that is not mounted.</source>
        <translation>
            <numerusform>%n песня сейчас недоступна: удалена, перемещена или на неподключённом диске.</numerusform>
            <numerusform>%n песни сейчас недоступны: удалены, перемещены или на неподключённом диске.</numerusform>
            <numerusform>%n песен сейчас недоступны: удалены, перемещены или на неподключённом диске.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soundalike::SavedPlaylistsPane</name>
    <message>
        <source>No saved playlists yet. Save the playlist you are listening to with Ctrl+S, or import one from File.</source>
        <translation>Сохранённых плейлистов пока нет. Сохраните текущий плейлист (Ctrl+S) или импортируйте его через меню «Файл».</translation>
    </message>
    <message>
        <source>Choose a playlist to see its songs.</source>
        <translation>Выберите плейлист, чтобы увидеть его песни.</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Плейлисты</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play the chosen playlist (Enter)</source>
        <translation>Воспроизвести выбранный плейлист (Enter)</translation>
    </message>
    <message>
        <source>Save Current…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the playlist you are listening to under a name (Ctrl+S)</source>
        <translation>Сохранить текущий плейлист под названием (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%n плейлист</numerusform>
            <numerusform>%n плейлиста</numerusform>
            <numerusform>%n плейлистов</numerusform>
        </translation>
    </message>
    <message>
        <source>This playlist is empty: drag songs here from the library.</source>
        <translation>Плейлист пуст: перетащите сюда песни из библиотеки.</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Удалить плейлист</translation>
    </message>
    <message>
        <source>Delete the playlist “%1”? Its songs stay in the library.</source>
        <translation>Удалить плейлист «%1»? Песни останутся в библиотеке.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Пересоздать</translation>
    </message>
    <message>
        <source>A fresh mix from the same seeds and settings</source>
        <translation>Новая подборка из тех же образцов с теми же настройками</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Save Current Playlist…</source>
        <translation>Сохранить текущий плейлист…</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Переименовано в «%1».</translation>
    </message>
</context>
<context>
    <name>soundalike::SavedSongsView</name>
    <message>
        <source>Play from Here</source>
        <translation>Воспроизвести отсюда</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Воспроизвести следующим</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>Remove from Playlist</source>
        <translation>Убрать из плейлиста</translation>
    </message>
</context>
<context>
    <name>soundalike::SeedList</name>
    <message>
        <source>Drag songs here from the library or your file manager, or press Enter on a track in the library.</source>
        <translation>Перетащите сюда песни из библиотеки или файлового менеджера либо нажмите Enter на треке в библиотеке.</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected seeds (Delete)</source>
        <translation>Удалить выбранные образцы (Delete)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n песня</numerusform>
            <numerusform>%n песни</numerusform>
            <numerusform>%n песен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n dropped item(s) to the library…</source>
        <translation>
            <numerusform>Добавление %n перетащенного объекта в библиотеку…</numerusform>
            <numerusform>Добавление %n перетащенных объектов в библиотеку…</numerusform>
            <numerusform>Добавление %n перетащенных объектов в библиотеку…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped track(s) could not be analysed, so playlists grown from them go by tags: %1</source>
        <translation>
            <numerusform>Не удалось проанализировать %n перетащенный трек, поэтому плейлисты на его основе подбираются по тегам: %1</numerusform>
            <numerusform>Не удалось проанализировать %n перетащенных трека, поэтому плейлисты на их основе подбираются по тегам: %1</numerusform>
            <numerusform>Не удалось проанализировать %n перетащенных треков, поэтому плейлисты на их основе подбираются по тегам: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not prepare the dropped tracks: %1</source>
        <translation>Не удалось подготовить перетащенные треки: %1</translation>
    </message>
    <message>
        <source>Play Now</source>
        <translation>Воспроизвести сейчас</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Воспроизвести следующим</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No longer in the library, so no longer a seed: %1</source>
        <translation>Этих песен больше нет в библиотеке, и они убраны из образцов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) added as seeds; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n песня добавлена в образцы; Ctrl+Z вернёт как было.</numerusform>
            <numerusform>%n песни добавлены в образцы; Ctrl+Z вернёт как было.</numerusform>
            <numerusform>%n песен добавлено в образцы; Ctrl+Z вернёт как было.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Seed Change</source>
        <translation>&amp;Отменить изменение образцов</translation>
    </message>
    <message>
        <source>&amp;Redo Seed Change</source>
        <translation>&amp;Повторить изменение образцов</translation>
    </message>
    <message>
        <source>Seeds as they were before the last change; Ctrl+Shift+Z makes it again.</source>
        <translation>Образцы — как до последнего изменения; Ctrl+Shift+Z вернёт его.</translation>
    </message>
    <message>
        <source>Seed change made again.</source>
        <translation>Изменение образцов сделано снова.</translation>
    </message>
</context>
<context>
    <name>soundalike::SettingsDialog</name>
    <message>
        <source>Start playing as soon as a playlist is generated</source>
        <translation>Начинать воспроизведение сразу после генерации плейлиста</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>How many tracks are analysed at once. More is faster but leaves less for other programs.</source>
        <translation>Сколько треков анализируется одновременно. Чем больше, тем быстрее, но тем меньше ресурсов остаётся другим программам.</translation>
    </message>
    <message>
        <source>Look for new and changed files at every start</source>
        <translation>Искать новые и изменённые файлы при каждом запуске</translation>
    </message>
    <message>
        <source>Analysis and playback</source>
        <translation>Анализ и воспроизведение</translation>
    </message>
    <message>
        <source>Analysis &amp;threads:</source>
        <translation>&amp;Потоков анализа:</translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation>Папки с музыкой</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Soundalike.</source>
        <translation>Новый язык будет применён при следующем запуске Soundalike.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>Добавить папку с музыкой</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Numbers per song in the learnt space. More can tell finer differences apart but needs more songs to learn from.</source>
        <translation>Сколько чисел описывает каждый трек в выученном пространстве. Чем больше, тем более тонкие различия улавливает модель, но тем больше треков ей нужно для обучения.</translation>
    </message>
    <message>
        <source>Passes over the library while learning. More takes longer.</source>
        <translation>Сколько раз модель проходит по библиотеке при обучении. Чем больше, тем дольше.</translation>
    </message>
    <message>
        <source>Retrain &amp;Now</source>
        <translation>Переобучить &amp;сейчас</translation>
    </message>
    <message numerus="yes">
        <source>Done: a new model learnt from %Ln song(s) in %L1 s.</source>
        <translation>
            <numerusform>Готово: новая модель обучена на %Ln треке за %L1 с.</numerusform>
            <numerusform>Готово: новая модель обучена на %Ln треках за %L1 с.</numerusform>
            <numerusform>Готово: новая модель обучена на %Ln треках за %L1 с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation>Обучение остановлено.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Ошибка обучения: %1</translation>
    </message>
    <message>
        <source>&amp;Embedding size:</source>
        <translation>&amp;Размерность векторов:</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2…</source>
        <translation>Обучение: эпоха %1 из %2…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Обучение…</translation>
    </message>
    <message>
        <source>How songs are compared</source>
        <translation>Как сравниваются песни</translation>
    </message>
    <message>
        <source>Learn from my genre tags, where enough songs have them</source>
        <translation>Учиться по моим жанрам, если они есть у достаточного числа песен</translation>
    </message>
    <message>
        <source>Learn from the sound alone</source>
        <translation>Учиться только по звучанию</translation>
    </message>
    <message>
        <source>Soundalike learns what makes songs alike from your own library. Genre tags teach it styles; without them it learns from the sound of the songs alone.</source>
        <translation>Soundalike учится на вашей медиатеке, что делает песни похожими. Жанры учат его стилям; без них он учится только по звучанию песен.</translation>
    </message>
    <message>
        <source>Learn again by itself when the library has grown</source>
        <translation>Переучиваться самостоятельно, когда медиатека выросла</translation>
    </message>
    <message>
        <source>Learn again from every analysed song now, with these options.</source>
        <translation>Переучиться сейчас на всех проанализированных песнях с этими настройками.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Automatic (the best measured for what it learns from)</source>
        <translation>Автоматически (лучшая по измерениям для источника обучения)</translation>
    </message>
    <message>
        <source>Play every song equally loud</source>
        <translation>Все песни одинаково громко</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>When it keeps playing similar songs, Soundalike leaves out songs you heard within this many hours.</source>
        <translation>Продолжая похожими песнями, Soundalike не берёт песни, которые вы слушали за столько часов.</translation>
    </message>
    <message>
        <source>Every song plays at one loudness, measured by Soundalike itself: loud songs are turned down, quiet ones up as far as the volume allows. The level (now %1 LUFS) is set so that nearly all of your songs reach it even at full volume. Songs not measured yet play as they are.</source>
        <translation>Все песни звучат одинаково громко, по громкости, измеренной самим Soundalike: громкие — тише, тихие — громче, насколько позволяет регулятор громкости. Уровень (сейчас %1 LUFS) выбран так, чтобы почти все ваши песни достигали его даже на максимальной громкости. Ещё не измеренные песни играют как есть.</translation>
    </message>
    <message>
        <source>Follow changes in these folders while Soundalike runs</source>
        <translation>Следить за изменениями в этих папках, пока Soundalike работает</translation>
    </message>
    <message>
        <source>Songs added, renamed, moved or deleted in the music folders appear in the library a few seconds later, without a restart.</source>
        <translation>Треки, добавленные, переименованные, перемещённые или удалённые в папках с музыкой, через несколько секунд появляются в библиотеке (или исчезают из неё) без перезапуска.</translation>
    </message>
    <message>
        <source>Genres as classes (ArcFace)</source>
        <translation>Жанры как классы (ArcFace)</translation>
    </message>
    <message>
        <source>Alike and unlike pairs (triplet)</source>
        <translation>Похожие и непохожие пары (триплетная)</translation>
    </message>
    <message>
        <source>Each song&apos;s own parts, sound alone (InfoNCE)</source>
        <translation>Части одной песни, только по звучанию (InfoNCE)</translation>
    </message>
    <message>
        <source>What the model is taught. Genres as classes measured best where songs have genre tags; each song&apos;s own parts (two moments of one song sound alike) where they have none.</source>
        <translation>Чему учится модель. «Жанры как классы» показали себя лучше всего, когда у песен есть жанры; «части одной песни» (два момента одной песни звучат похоже) — когда жанров нет.</translation>
    </message>
    <message>
        <source>&amp;Learn:</source>
        <translation>&amp;Обучение:</translation>
    </message>
    <message>
        <source>Don&apos;t repeat songs &amp;heard in the last:</source>
        <translation>Не по&amp;вторять песни, прослушанные за последние:</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>&amp;Эпох обучения:</translation>
    </message>
    <message>
        <source>Show each new song in a desktop notification</source>
        <translation>Показывать каждую новую песню в уведомлении</translation>
    </message>
    <message>
        <source>While Soundalike&apos;s window is in the background, the desktop shows the title, artist and cover of each song as it starts.</source>
        <translation>Пока окно Soundalike в фоне, рабочий стол показывает название, исполнителя и обложку каждой песни, когда она начинается.</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Показывать значок в системном лотке</translation>
    </message>
    <message>
        <source>A click on the icon shows or hides the window, a middle click plays or pauses, and its menu has the player&apos;s buttons.</source>
        <translation>Щелчок по значку показывает или прячет окно, щелчок средней кнопкой ставит на паузу и продолжает, а в его меню есть кнопки плеера.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray now.</source>
        <translation>Сейчас у этого рабочего стола нет системного лотка.</translation>
    </message>
    <message>
        <source>Closing the window keeps Soundalike playing in the tray</source>
        <translation>Закрытое окно не останавливает Soundalike: он играет в лотке</translation>
    </message>
    <message>
        <source>File ▸ Quit, or Quit in the icon&apos;s menu, ends it.</source>
        <translation>Завершить его можно через «Файл ▸ Выход» или «Выход» в меню значка.</translation>
    </message>
</context>
<context>
    <name>soundalike::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Library ▸ Filter</source>
        <translation>Библиотека ▸ Фильтр</translation>
    </message>
    <message>
        <source>Library ▸ Add the selected songs as seeds</source>
        <translation>Библиотека ▸ Добавить выбранные песни в образцы</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>Library tree ▸ Open or close an artist or album</source>
        <translation>Дерево библиотеки ▸ Раскрыть или свернуть исполнителя или альбом</translation>
    </message>
    <message>
        <source>Library filter ▸ Go to what it found</source>
        <translation>Фильтр библиотеки ▸ Перейти к найденному</translation>
    </message>
    <message>
        <source>Playlist ▸ Play the song</source>
        <translation>Плейлист ▸ Воспроизвести песню</translation>
    </message>
    <message>
        <source>Seeds, playlist, Up next, a saved playlist ▸ Remove the selected songs</source>
        <translation>Образцы, плейлист, «Далее», сохранённый плейлист ▸ Удалить выбранные песни</translation>
    </message>
    <message>
        <source>Playlist, Up next, seeds ▸ Move the selected songs up or down</source>
        <translation>Плейлист, «Далее», образцы ▸ Переместить выбранные песни вверх или вниз</translation>
    </message>
    <message>
        <source>Map ▸ Zoom in or out, move</source>
        <translation>Карта ▸ Приблизить, отдалить, сдвинуть</translation>
    </message>
    <message>
        <source>%1, %2, arrow keys</source>
        <translation>%1, %2, стрелки</translation>
    </message>
    <message>
        <source>Map ▸ Show the whole map</source>
        <translation>Карта ▸ Показать всю карту</translation>
    </message>
    <message>
        <source>Map ▸ Fold or open the legend</source>
        <translation>Карта ▸ Свернуть или развернуть легенду</translation>
    </message>
</context>
<context>
    <name>soundalike::SleepTimerMenu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Выключен</translation>
    </message>
    <message>
        <source>In &amp;15 Minutes</source>
        <translation>Через &amp;15 минут</translation>
    </message>
    <message>
        <source>In &amp;30 Minutes</source>
        <translation>Через &amp;30 минут</translation>
    </message>
    <message>
        <source>In &amp;45 Minutes</source>
        <translation>Через &amp;45 минут</translation>
    </message>
    <message>
        <source>In 1 &amp;Hour</source>
        <translation>Через &amp;час</translation>
    </message>
    <message>
        <source>In &amp;2 Hours</source>
        <translation>Через &amp;2 часа</translation>
    </message>
    <message>
        <source>Sleep timer off.</source>
        <translation>Таймер сна выключен.</translation>
    </message>
    <message>
        <source>Playback pauses at %1.</source>
        <translation>Воспроизведение встанет на паузу в %1.</translation>
    </message>
    <message>
        <source>Sleep T&amp;imer (pauses at %1)</source>
        <translation>Т&amp;аймер сна (пауза в %1)</translation>
    </message>
    <message>
        <source>Sleep T&amp;imer</source>
        <translation>Т&amp;аймер сна</translation>
    </message>
    <message>
        <source>Sleep timer: playback paused. Play goes on from here.</source>
        <translation>Таймер сна: воспроизведение на паузе. «Воспроизвести» продолжит с этого места.</translation>
    </message>
</context>
<context>
    <name>soundalike::SongDrops</name>
    <message>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
</context>
<context>
    <name>soundalike::SongNotifier</name>
    <message>
        <source>Show Soundalike</source>
        <translation>Показать Soundalike</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
</context>
<context>
    <name>soundalike::SongTableModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Not available now: the file was deleted or moved, or its drive is not mounted. It plays again once the file is back.</source>
        <translation>Сейчас недоступен: файл удалён или перемещён либо его диск не подключён. Трек снова заиграет, когда файл вернётся.</translation>
    </message>
    <message>
        <source>How close the song sounds to its seed, on this library&apos;s own scale: from %1 % it fits the seeds well; 100 % is the same sound.</source>
        <translation>Насколько песня звучит похоже на свой образец, по шкале этой библиотеки: от %1 % она хорошо подходит к образцам; 100 % — то же звучание.</translation>
    </message>
</context>
<context>
    <name>soundalike::StatusProgress</name>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln file(s)</source>
        <translation>
            <numerusform>%L1 из %Ln файла</numerusform>
            <numerusform>%L1 из %Ln файлов</numerusform>
            <numerusform>%L1 из %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>найден %Ln файл</numerusform>
            <numerusform>найдено %Ln файла</numerusform>
            <numerusform>найдено %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln track(s)</source>
        <translation>
            <numerusform>%L1 из %Ln трека</numerusform>
            <numerusform>%L1 из %Ln треков</numerusform>
            <numerusform>%L1 из %Ln треков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s) found</source>
        <translation>
            <numerusform>найден %Ln трек</numerusform>
            <numerusform>найдено %Ln трека</numerusform>
            <numerusform>найдено %Ln треков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>осталась %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>осталось около %1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln epoch(s)</source>
        <translation>
            <numerusform>%L1 из %Ln эпохи</numerusform>
            <numerusform>%L1 из %Ln эпох</numerusform>
            <numerusform>%L1 из %Ln эпох</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) done</source>
        <translation>
            <numerusform>пройдена %Ln эпоха</numerusform>
            <numerusform>пройдено %Ln эпохи</numerusform>
            <numerusform>пройдено %Ln эпох</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>soundalike::TrayIcon</name>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Hide Soundalike</source>
        <translation>Спрятать Soundalike</translation>
    </message>
    <message>
        <source>Show Soundalike</source>
        <translation>Показать Soundalike</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Soundalike keeps playing here. Click the icon to bring the window back; Quit is in its menu.</source>
        <translation>Soundalike продолжает играть здесь. Щелчок по значку вернёт окно, а «Выход» есть в его меню.</translation>
    </message>
</context>
<context>
    <name>soundalike::UnreadableFilesDialog</name>
    <message>
        <source>Unreadable Files</source>
        <translation>Нечитаемые файлы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Почему не удалось прочитать</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>&amp;Открыть содержащую папку</translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation>&amp;Пересканировать библиотеку</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Не удалось прочитать список: %1</translation>
    </message>
    <message>
        <source>Every file in the library could be read.</source>
        <translation>Все файлы библиотеки прочитаны.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read. Each is tried again when it changes, or when you rescan the library.</source>
        <translation>
            <numerusform>%n файл не удалось прочитать. Каждый будет прочитан снова, когда изменится или когда вы пересканируете библиотеку.</numerusform>
            <numerusform>%n файла не удалось прочитать. Каждый будет прочитан снова, когда изменится или когда вы пересканируете библиотеку.</numerusform>
            <numerusform>%n файлов не удалось прочитать. Каждый будет прочитан снова, когда изменится или когда вы пересканируете библиотеку.</numerusform>
        </translation>
    </message>
</context>
</TS>
