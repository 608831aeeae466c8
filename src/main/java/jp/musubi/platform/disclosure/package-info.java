/**
 * Statistical disclosure control for counts of people shared outside where they come
 * from: which counts to hide so that no reader, with everything it is shown and knows of
 * its own, can narrow a hidden count down, and the audit that proves it by linear
 * programming.
 */
@org.springframework.modulith.NamedInterface("disclosure")
package jp.musubi.platform.disclosure;
