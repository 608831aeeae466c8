/**
 * The region this Musubi serves and how it was set up: its prefecture, and whether the
 * demo region is loaded into an empty database.
 */
@org.springframework.modulith.NamedInterface("region")
package jp.musubi.platform.region;
