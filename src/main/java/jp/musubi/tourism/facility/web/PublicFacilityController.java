package jp.musubi.tourism.facility.web;

import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.facility.FacilityDescription;
import jp.musubi.tourism.facility.FacilityPhoto;
import jp.musubi.tourism.facility.FacilityPhotos;
import jp.musubi.tourism.programme.web.TourismForms;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A partner facility's public page, which visitors read before they book: what it is,
 * where, when it is open, its photos and a link to the map.
 */
@Controller
class PublicFacilityController {

	private final Facilities facilities;

	private final FacilityPhotos photos;

	PublicFacilityController(Facilities facilities, FacilityPhotos photos) {
		this.facilities = facilities;
		this.photos = photos;
	}

	@GetMapping("/tourism/facilities/{id}")
	String show(@PathVariable UUID id, Model model) {
		Facility facility = this.facilities.find(id).orElseThrow(() -> TourismForms.notFound(id));
		FacilityDescription description = facility.description();
		model.addAttribute("facility", facility);
		model.addAttribute("about", description);
		model.addAttribute("photos", this.photos.of(id));
		model.addAttribute("offers", this.facilities.capacities(id).stream().filter(Capacity::isActive).toList());
		model.addAttribute("mapUrl", mapUrl(description));
		return "tourism/facility/facility";
	}

	/**
	 * The photo itself, as the picture type its content was found to be; nosniff so that
	 * no browser takes it for anything else.
	 */
	@GetMapping("/tourism/facilities/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		FacilityPhoto photo = this.photos.find(id, photoId).orElseThrow(() -> TourismForms.notFound(photoId));
		InputStream content = this.photos.open(photo).orElseThrow(() -> TourismForms.notFound(photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	/** OpenStreetMap at the facility's point: a plain link that works on every phone. */
	static String mapUrl(FacilityDescription description) {
		if (description.latitude() == null || description.longitude() == null) {
			return null;
		}
		String lat = description.latitude().stripTrailingZeros().toPlainString();
		String lon = description.longitude().stripTrailingZeros().toPlainString();
		return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=16/" + lat + "/" + lon;
	}

}
