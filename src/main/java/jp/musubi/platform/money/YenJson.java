package jp.musubi.platform.money;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

import org.springframework.boot.jackson.JacksonComponent;

/**
 * {@link Yen} in JSON: written as a whole number; read from a whole number or from a
 * string as people type amounts ({@code "12,000"}, {@code "¥12,000"}), by the same rules
 * as the forms. A fraction, an exponent ({@code 1e3} is a float in JSON), a negative
 * number or more than {@link Yen#MAX_TYPED} is refused as a value that is not of its
 * type, which the API answers with {@code typeMismatch.jp.musubi.platform.money.Yen}.
 */
@JacksonComponent
class YenJson {

	static class Writer extends ValueSerializer<Yen> {

		@Override
		public void serialize(Yen yen, JsonGenerator json, SerializationContext context) {
			json.writeNumber(yen.amount());
		}

	}

	static class Reader extends ValueDeserializer<Yen> {

		@Override
		public Yen deserialize(JsonParser json, DeserializationContext context) {
			JsonToken token = json.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT) {
				if (json.getNumberType() == JsonParser.NumberType.INT
						|| json.getNumberType() == JsonParser.NumberType.LONG) {
					long amount = json.getLongValue();
					if (amount >= 0 && amount <= Yen.MAX_TYPED.amount()) {
						return Yen.of(amount);
					}
				}
				return (Yen) context.handleWeirdNumberValue(Yen.class, json.getNumberValue(),
						"not a whole amount of yen from 0 to " + Yen.MAX_TYPED.amount());
			}
			if (token == JsonToken.VALUE_STRING) {
				String text = json.getString();
				if (text.isBlank()) {
					return null;
				}
				return Yen.parse(text)
					.orElseGet(() -> (Yen) context.handleWeirdStringValue(Yen.class, text,
							"not a whole amount of yen such as 12000, \"12,000\" or \"¥12,000\""));
			}
			if (token == JsonToken.VALUE_NUMBER_FLOAT) {
				return (Yen) context.handleWeirdNumberValue(Yen.class, json.getNumberValue(),
						"not a whole amount of yen");
			}
			return (Yen) context.handleUnexpectedToken(Yen.class, json);
		}

	}

}
