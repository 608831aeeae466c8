package jp.musubi.tourism.guest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.platform.text.Prefecture;

/**
 * The nearby cities as the agent configured them. A guest's city matches whether or not
 * they wrote the 市 (仙台 and 仙台市), in full-width or half-width letters.
 */
public record NearbyPlaces(Set<String> keys) {

	public static final NearbyPlaces NONE = new NearbyPlaces(Set.of());

	public static NearbyPlaces of(Collection<NearbyPlace> places) {
		return new NearbyPlaces(
				places.stream().map((place) -> key(place.prefecture(), place.city())).collect(Collectors.toSet()));
	}

	boolean includes(Prefecture prefecture, String city) {
		return city != null && this.keys.contains(key(prefecture, cityKey(city)));
	}

	static String cityKey(String city) {
		String key = Normalizer.normalize(city.strip(), Normalizer.Form.NFKC);
		return (key.endsWith("市") && key.length() > 1) ? key.substring(0, key.length() - 1) : key;
	}

	private static String key(Prefecture prefecture, String cityKey) {
		return prefecture.code() + "/" + cityKey;
	}

}
