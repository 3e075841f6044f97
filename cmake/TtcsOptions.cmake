# ttcs_options: the C++ standard, warnings and strict Qt defines shared by
# every target of the project. Link it PRIVATE from each target.
add_library(ttcs_options INTERFACE)
target_compile_features(ttcs_options INTERFACE cxx_std_17)
target_compile_definitions(ttcs_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  TTCS_VERSION="${PROJECT_VERSION}")
if(MSVC)
  target_compile_options(ttcs_options INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
  target_compile_definitions(ttcs_options INTERFACE NOMINMAX UNICODE _UNICODE)
else()
  target_compile_options(ttcs_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
endif()
