package jp.musubi.work.request.web;

/** Why the request goes back to its client, or the delivery to its member. */
public record Reason(String reason) {

}
