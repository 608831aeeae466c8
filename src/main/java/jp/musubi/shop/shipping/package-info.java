/**
 * Shipping as Japanese carriers sell it: methods with their temperatures, size and weight
 * limits, delivery dates and time slots; a shipment split into parcels that fit; the
 * producer's fees by destination prefecture and size band; remote islands by postal code.
 * Plain values and rules, so that the order, its pages and the B2 export read the same
 * answer.
 */
package jp.musubi.shop.shipping;
