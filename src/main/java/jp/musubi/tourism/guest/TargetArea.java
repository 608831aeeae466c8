package jp.musubi.tourism.guest;

/**
 * The areas the region's campaigns aim at (SEED-EN.md section 10): the Tokyo metropolitan
 * area, Asia, the nearby cities the agent names, and everywhere else.
 */
public enum TargetArea {

	SHUTOKEN, ASIA, NEARBY, OTHER;

	public String messageKey() {
		return "tourism.area." + name();
	}

}
