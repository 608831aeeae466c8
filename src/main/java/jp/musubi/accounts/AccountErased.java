package jp.musubi.accounts;

import java.util.UUID;

/**
 * An account was erased at its owner's request. Every module that keeps personal data
 * about the account deletes it, except what a law obliges it to keep.
 */
public record AccountErased(UUID accountId) {

}
