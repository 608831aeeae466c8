package jp.musubi.shop.product;

import java.util.Arrays;
import java.util.List;

/**
 * The allergens of the Food Labelling Standard (食品表示基準): the eight a label must name
 * (特定原材料) and the twenty it is recommended to name (特定原材料に準ずるもの), as revised in March
 * 2024 (macadamia nuts added, matsutake taken off). A shop online shows them as the
 * package does, in a box of their own.
 */
public enum Allergen {

	SHRIMP(true), CRAB(true), WALNUT(true), WHEAT(true), BUCKWHEAT(true), EGG(true), MILK(true), PEANUT(true),

	ALMOND(false), ABALONE(false), SQUID(false), SALMON_ROE(false), ORANGE(false), CASHEW_NUT(false), KIWIFRUIT(false),
	BEEF(false), SESAME(false), SALMON(false), MACKEREL(false), SOYBEAN(false), CHICKEN(false), BANANA(false),
	PORK(false), MACADAMIA_NUT(false), PEACH(false), YAM(false), APPLE(false), GELATIN(false);

	private final boolean mandatory;

	Allergen(boolean mandatory) {
		this.mandatory = mandatory;
	}

	/** One of the eight a label must name, not one of the twenty recommended. */
	public boolean isMandatory() {
		return this.mandatory;
	}

	public static List<Allergen> mandatory() {
		return Arrays.stream(values()).filter(Allergen::isMandatory).toList();
	}

	public static List<Allergen> recommended() {
		return Arrays.stream(values()).filter((allergen) -> !allergen.isMandatory()).toList();
	}

	public String messageKey() {
		return "shop.allergen." + name();
	}

}
