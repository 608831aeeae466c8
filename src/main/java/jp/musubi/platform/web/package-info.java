/**
 * The page layout shared by every module: header, language and text-size switches, error
 * pages, pagination.
 */
@org.springframework.modulith.NamedInterface("web")
package jp.musubi.platform.web;
