/**
 * The regional tourism and wellness CRM (地域CRM): partner facilities and their capacity,
 * the agent's programmes across them, one booking that takes every component's capacity
 * at once, guests with their origin, target area and consents, check-ins, follow-up,
 * campaigns and figures the partners share without exposing anyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tourism and wellness CRM")
package jp.musubi.tourism;
