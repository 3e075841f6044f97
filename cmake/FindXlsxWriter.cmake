# Finds libxlsxwriter (XLSX output): pkg-config on Linux, headers and
# library on Windows (vcpkg port "libxlsxwriter").
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_XLSXWRITER QUIET xlsxwriter)
endif()
find_path(XlsxWriter_INCLUDE_DIR xlsxwriter.h HINTS ${PC_XLSXWRITER_INCLUDE_DIRS})
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter HINTS ${PC_XLSXWRITER_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XlsxWriter REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR)
if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
  add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED)
  set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
    IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
endif()
