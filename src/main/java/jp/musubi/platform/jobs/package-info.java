/**
 * Background work on JobRunr's SQL storage: housekeeping and the administrators' view of
 * jobs.
 */
package jp.musubi.platform.jobs;
