// Symbol visibility for libcradle_core. Everything is hidden by default
// (-fvisibility=hidden); the public API is marked CRADLE_API.
#pragma once

#define CRADLE_API __attribute__((visibility("default")))
