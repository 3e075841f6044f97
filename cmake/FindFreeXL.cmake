# Finds FreeXL (reader of legacy .xls workbooks): pkg-config on Linux,
# headers and library on Windows (vcpkg port "freexl").
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_FREEXL QUIET freexl)
endif()
find_path(FreeXL_INCLUDE_DIR freexl.h HINTS ${PC_FREEXL_INCLUDE_DIRS})
find_library(FreeXL_LIBRARY NAMES freexl freexl_i HINTS ${PC_FREEXL_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(FreeXL REQUIRED_VARS FreeXL_LIBRARY FreeXL_INCLUDE_DIR)
if(FreeXL_FOUND AND NOT TARGET FreeXL::FreeXL)
  add_library(FreeXL::FreeXL UNKNOWN IMPORTED)
  set_target_properties(FreeXL::FreeXL PROPERTIES
    IMPORTED_LOCATION "${FreeXL_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${FreeXL_INCLUDE_DIR}")
endif()
