package org.sijil.synth;

/** The five governorates of the Gaza Strip, as lists write them in Arabic and in English. */
enum Governorate {
  NORTH_GAZA(0.20, "شمال غزة", "North Gaza", "North Gaza"),
  GAZA(0.32, "غزة", "Gaza", "Gaza City"),
  DEIR_AL_BALAH(0.14, "دير البلح", "Deir al-Balah", "Deir el-Balah"),
  KHAN_YOUNIS(0.20, "خان يونس", "Khan Younis", "Khan Yunis"),
  RAFAH(0.14, "رفح", "Rafah", "Rafah");

  final double share;
  final String arabic;
  final String english;
  final String englishVariant;

  Governorate(double share, String arabic, String english, String englishVariant) {
    this.share = share;
    this.arabic = arabic;
    this.english = english;
    this.englishVariant = englishVariant;
  }
}
