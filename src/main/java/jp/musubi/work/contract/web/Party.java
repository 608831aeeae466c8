package jp.musubi.work.contract.web;

import java.util.UUID;

/**
 * One side of a contract or an invoice, by id and by name as it was when the order was
 * made.
 */
public record Party(UUID id, String name) {

}
