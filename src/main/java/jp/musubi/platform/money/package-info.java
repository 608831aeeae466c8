/**
 * Money as Japan counts it: whole yen, the consumption tax rates and the rounding the tax
 * law asks for.
 */
@org.springframework.modulith.NamedInterface("money")
package jp.musubi.platform.money;
