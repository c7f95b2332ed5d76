// Taking people's names out of free-text comments before a report quotes them.
#pragma once

#include <string>
#include <string_view>

namespace report {

// Takes people's names out of free text, conservatively: a title (Mr, Mrs, Ms, Miss, Dr, …)
// with the capitalised words after it, and any capitalised word that neither opens a sentence
// nor is on the list of common words, places and institutions, become "[name]".
std::string redactNames(std::string_view text);

}  // namespace report
