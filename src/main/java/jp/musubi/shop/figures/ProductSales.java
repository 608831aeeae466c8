package jp.musubi.shop.figures;

import java.util.UUID;

import jp.musubi.platform.money.Yen;

/**
 * One product's sales in a period, under the name it was last sold by, with its
 * producer's name (empty when the producer is gone).
 */
public record ProductSales(UUID productId, String name, UUID producerId, String producer, long units, Yen yen) {

}
