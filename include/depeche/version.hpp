// SPDX-License-Identifier: MIT
// Library version, kept in step with project(VERSION) in CMakeLists.txt.
#ifndef DEPECHE_VERSION_HPP_INCLUDED
#define DEPECHE_VERSION_HPP_INCLUDED

#define DEPECHE_VERSION_MAJOR 0
#define DEPECHE_VERSION_MINOR 1
#define DEPECHE_VERSION_PATCH 0

namespace depeche {
/// The version as "major.minor.patch".
inline constexpr char const version_string[] = "0.1.0";
} // namespace depeche

#endif
