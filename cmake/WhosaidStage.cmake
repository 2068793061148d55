# whosaid_stage(NAME [DEPENDS targets...])
# Builds src/NAME/*.cpp into the static library whosaid_NAME. Stage names are
# short ("text"), libraries are prefixed ("whosaid_text"); DEPENDS accepts
# either a stage name or an imported target such as ICU::uc.
function(whosaid_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
endfunction()

function(whosaid_stage name)
  cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  set(lib whosaid_${name})
  if(sources)
    add_library(${lib} STATIC ${sources})
    set(scope PUBLIC)
    whosaid_warnings(${lib})
    target_compile_features(${lib} PUBLIC cxx_std_20)
  else()
    # A stage with headers only (or not yet written) still takes its place
    # in the dependency chain.
    add_library(${lib} INTERFACE)
    set(scope INTERFACE)
    target_compile_features(${lib} INTERFACE cxx_std_20)
  endif()
  target_include_directories(${lib} ${scope} ${PROJECT_SOURCE_DIR}/src)
  foreach(dep IN LISTS ARG_DEPENDS)
    if(TARGET whosaid_${dep})
      target_link_libraries(${lib} ${scope} whosaid_${dep})
    else()
      target_link_libraries(${lib} ${scope} ${dep})
    endif()
  endforeach()
endfunction()
