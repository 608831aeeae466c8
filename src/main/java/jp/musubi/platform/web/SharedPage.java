package jp.musubi.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that is the same for everyone who is not signed in (but for their language, text
 * size and form token), so that its rendering may be shared among them for a moment
 * ({@link SharedPages}). Only for pages that show nothing of one visitor: not a page
 * reached by a link with someone's key in it, nor one that counts who opened it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SharedPage {

}
