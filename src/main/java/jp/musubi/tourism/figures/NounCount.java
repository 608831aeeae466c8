package jp.musubi.tourism.figures;

/** A noun guests wrote: in how many answers, and how often in all. */
record NounCount(String noun, long answers, long mentions) {

}
