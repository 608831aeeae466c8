package jp.musubi.shop.fulfilment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A label B2クラウド printed: our reference for the shipment and the tracking number Yamato
 * gave it. A shipment of several parcels has one per parcel, all with the same reference.
 *
 * @param line the line of the imported file it came from, to name it in a message
 * @param customerReference the お客様管理番号 the label was exported with
 * @param trackingNumber Yamato's 伝票番号, twelve digits without hyphens
 * @param shipDate the 出荷予定日 printed, when the file has one
 */
public record IssuedLabel(int line, String customerReference, String trackingNumber, Optional<LocalDate> shipDate) {

}
