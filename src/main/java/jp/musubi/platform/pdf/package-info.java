/**
 * Documents people download as PDF, such as contracts and qualified invoices, set from
 * Thymeleaf templates in fonts that show Japanese, Korean and Chinese.
 */
@org.springframework.modulith.NamedInterface("pdf")
package jp.musubi.platform.pdf;
