// Welsh initial mutations and how a number counts a noun ("dau droseddwr", "tri throseddwr",
// "o dri holiadur", "dwy ferch"), one rule table each; the phrasing builds its Welsh sentences
// from these and never mutates a word itself.
#pragma once

#include <string>
#include <string_view>

#include "report/number_words.hpp"

namespace report {

// Soft mutation of a word's first consonant: "troseddwyr" -> "droseddwyr", "dau" -> "ddau",
// "llys" -> "lys". Used after "o", "at", "gan", "yr unig", and for feminine nouns after "un".
std::string softMutation(std::string_view word);

// Aspirate mutation: "troseddwr" -> "throseddwr", "plentyn" -> "phlentyn", "cymydog" ->
// "chymydog"; after "tri", "chwe" and "a".
std::string aspirateMutation(std::string_view word);

// Welsh "and" before a word: "ac" before a vowel ("Tai" ac "Addysg", "ac wyth"), "a" otherwise.
// Opening quotation marks before the word are looked through.
std::string_view welshAnd(std::string_view next);

// A Welsh noun as the questionnaire file gives it.
struct WelshNoun {
    std::string singular;  // "troseddwr"
    std::string plural;    // "troseddwyr"
    Gender gender = Gender::Masculine;
};

// A number counting a noun, as the house style writes it (words for one to nine, figures from
// 10): one to nine take the singular noun with the numeral's mutation ("un troseddwr", "dau
// droseddwr", "tri throseddwr", "pum troseddwr", "chwe throseddwr"; feminine "un ferch", "dwy
// ferch", "tair merch"); from 10 a figure, "o" and the soft-mutated plural ("12 o droseddwyr").
// 0 is "dim" with the plural.
std::string countedNoun(int n, const WelshNoun& noun);

// The same after the definite article ("o'r", "y"): "dau"/"dwy" take the soft mutation ("y ddau
// droseddwr", "o'r ddwy ferch"); other numbers are unchanged ("o'r tri throseddwr").
std::string countedNounAfterArticle(int n, const WelshNoun& noun);

// The article before a noun: "y" before a consonant, "yr" before a vowel ("y troseddwyr", "yr ynadon").
std::string welshArticle(std::string_view noun);

}  // namespace report
