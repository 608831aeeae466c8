/**
 * What every module needs and no module owns: the page layout, languages, mail, file
 * storage, background jobs, security and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package jp.musubi.platform;
