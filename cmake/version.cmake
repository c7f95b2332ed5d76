# One home for the version both programs print with --version: project(VERSION) in the top
# CMakeLists.txt, which is also the Debian package's version (cmake/packaging.cmake).
configure_file(${CMAKE_CURRENT_LIST_DIR}/templates/version.hpp.in
               ${PROJECT_BINARY_DIR}/generated/perspective/version.hpp @ONLY)
add_library(perspective_version INTERFACE)
target_include_directories(perspective_version INTERFACE ${PROJECT_BINARY_DIR}/generated)
