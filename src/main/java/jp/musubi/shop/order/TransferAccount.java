package jp.musubi.shop.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's bank account buyers pay transfers into, shown on the order page and in
 * the order's mail with the order number to write before the payer's name.
 */
@ConfigurationProperties("musubi.shop.transfer")
public record TransferAccount(String bank, String branch, String accountType, String number, String holder) {
}
