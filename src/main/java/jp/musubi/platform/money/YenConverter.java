package jp.musubi.platform.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Lets an entity hold a {@link Yen} in a BIGINT column without mapping it by hand. */
@Converter(autoApply = true)
public class YenConverter implements AttributeConverter<Yen, Long> {

	@Override
	public Long convertToDatabaseColumn(Yen yen) {
		return (yen != null) ? yen.amount() : null;
	}

	@Override
	public Yen convertToEntityAttribute(Long amount) {
		return (amount != null) ? Yen.of(amount) : null;
	}

}
