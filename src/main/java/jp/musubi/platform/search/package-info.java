/**
 * Full-text search over Japanese text: how titles and descriptions are cut into words so
 * that what people type finds what companies and municipalities wrote.
 */
@org.springframework.modulith.NamedInterface("search")
package jp.musubi.platform.search;
