package jp.musubi.accounts;

/**
 * The seed's groups of teleworkers that a member may declare they belong to, with consent
 * (women, people aged 60 or over, disabled people). Other modules see only this, and only
 * for members who consented; they count, they never show it.
 */
public enum DeclaredGroup {

	WOMEN, AGED_60_OR_OVER, DISABLED

}
