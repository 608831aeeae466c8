package jp.musubi.tourism.guest;

/** What a guest says draws them to the region; campaigns and segments use it. */
public enum Interest {

	ONSEN, TOJI, HEALTH_CHECKUP, HIKING, SKIING, GOLF, SPORTS_CAMP, FOOD, SHOPPING, CULTURE;

	public String messageKey() {
		return "tourism.interest." + name();
	}

}
