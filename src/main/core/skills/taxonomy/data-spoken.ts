/**
 * Spoken and signed languages. Generated once from ISO 639-1 codes with Node's
 * Intl.DisplayNames("en") plus common alternative names; case-sensitive ("=") because language
 * names are capitalised in English and some are English words ("Polish"). Format: README.md.
 */
export const DATA_SPOKEN = `
# spoken_language
~Afar
=Abkhazian
=Afrikaans
~Akan
=Amharic
=Aragonese
=Arabic
=Assamese
=Avaric
=Aymara
=Azerbaijani
=Bashkir
=Belarusian
=Bulgarian
=Bislama
=Bambara
=Bangla
=Tibetan
=Breton
=Bosnian
=Catalan
=Chechen
~Chamorro
=Corsican
~Cree
=Czech
=Church Slavic
=Chuvash
=Welsh
=Danish
=German|=Swiss German
=Divehi
=Dzongkha
~Ewe
=Greek
=English
=Esperanto
=Spanish|=Castilian
=Estonian
=Basque
=Persian|=Farsi
~Fula
=Finnish
=Fijian
=Faroese
=French
=Western Frisian
=Irish
=Scottish Gaelic
=Galician
=Guarani
=Gujarati
~Manx
=Hausa
=Hebrew
=Hindi
=Hiri Motu
=Croatian
=Haitian Creole
=Hungarian
=Armenian
=Herero
=Interlingua
=Indonesian|=Bahasa Indonesia|=Bahasa
=Interlingue
=Igbo
=Sichuan Yi
=Inupiaq
~Ido
=Icelandic
=Italian
=Inuktitut
=Japanese
=Javanese
=Georgian
=Kongo
=Kikuyu
=Kuanyama
=Kazakh
=Kalaallisut
=Khmer
=Kannada
=Korean
=Kanuri
=Kashmiri
=Kurdish
~Komi
=Cornish
=Kyrgyz
=Latin
=Luxembourgish
=Ganda
=Limburgish
=Lingala
~Lao
=Lithuanian
=Luba-Katanga
=Latvian
=Malagasy
=Marshallese
=Māori
=Macedonian
=Malayalam
=Mongolian
=Marathi
~Malay|=Bahasa Malaysia
=Maltese
=Burmese
=Nauru
=Norwegian Bokmål|=Norwegian
=North Ndebele
=Nepali
=Ndonga
=Dutch|=Flemish
=Norwegian Nynorsk
=Norwegian
=South Ndebele
=Navajo
=Nyanja
=Occitan
=Ojibwa
=Oromo
=Odia
=Ossetic
=Punjabi|=Panjabi
~Pali
~Polish
=Pashto
=Portuguese
=Quechua
=Romansh
=Rundi
=Romanian|=Rumanian
=Russian
=Kinyarwanda
=Sanskrit
=Sardinian
=Sindhi
=Northern Sami
=Sango
=Sinhala
=Slovak
=Slovenian
=Samoan
=Shona
=Somali
=Albanian
=Serbian|=Serbo-Croatian
=Swati
=Southern Sotho
=Sundanese
=Swedish
=Swahili|=Kiswahili
=Tamil
=Telugu
=Tajik
=Thai
=Tigrinya
=Turkmen
=Filipino
=Tswana
=Tongan
=Turkish
=Tsonga
=Tatar
=Tahitian
=Uyghur
=Ukrainian
=Urdu
=Uzbek
=Venda
=Vietnamese
=Volapük
=Walloon
=Wolof
=Xhosa
=Yiddish
=Yoruba
=Zhuang
=Chinese|=Mandarin|=Mandarin Chinese|=Chinese (Mandarin)
=Zulu
=Cantonese
=Min Nan Chinese
=Hakka Chinese
=Hawaiian
=American Sign Language|=ASL
=British Sign Language|=BSL
=Sign Language
`;
