/**
 * Japanese text as people type it: NFKC normalisation, prefectures, postal codes,
 * furigana and the checks that keep markup out of names and free text.
 */
@org.springframework.modulith.NamedInterface("text")
package jp.musubi.platform.text;
