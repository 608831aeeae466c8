package jp.musubi.work.request.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the work API ({@code /api/v1/work}). Its refusals are answered by
 * {@link WorkApiProblems} in the API's problem shape; the work exchange's pages, which
 * live in the same feature packages, keep the error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WorkApi {

}
