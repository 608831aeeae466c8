package jp.musubi.tourism.facility;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.storage.FileStorage;
import org.apache.tika.Tika;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos on a facility's public page. What a file is comes from its content (Apache
 * Tika reads the first bytes), never from its name: a page of text called
 * {@code onsen.jpg} is refused, since browsers would be asked to show it as a picture of
 * this site. Only the picture formats every browser shows are taken, and nothing of a
 * refused file stays behind.
 */
@Service
public class FacilityPhotos {

	/** Large enough for a good phone photo, small enough for a slow rural line. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** A page with more photos than this loads too slowly for the people it is for. */
	public static final int MAX_PHOTOS = 12;

	private static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/webp");

	private static final String AREA = "facility-photos";

	private final FacilityPhotoRepository photos;

	private final FileStorage storage;

	private final Tika tika = new Tika();

	FacilityPhotos(FacilityPhotoRepository photos, FileStorage storage) {
		this.photos = photos;
		this.storage = storage;
	}

	@Transactional(readOnly = true)
	public List<FacilityPhoto> of(UUID facilityId) {
		return this.photos.findByFacilityIdOrderByPosition(facilityId);
	}

	/** A photo of this facility, none when it belongs to another. */
	@Transactional(readOnly = true)
	public Optional<FacilityPhoto> find(UUID facilityId, UUID photoId) {
		return this.photos.findById(photoId).filter((photo) -> photo.facilityId().equals(facilityId));
	}

	/**
	 * Checks and keeps a photo.
	 * @throws Refused with the message key saying why; nothing is kept then
	 */
	@Transactional
	public FacilityPhoto add(UUID facilityId, InputStream content, long size, String caption) {
		if (content == null || size <= 0) {
			throw new Refused("tourism.photo.error.empty");
		}
		if (size > MAX_BYTES) {
			throw new Refused("tourism.photo.error.tooLarge");
		}
		if (this.photos.countByFacilityId(facilityId) >= MAX_PHOTOS) {
			throw new Refused("tourism.photo.error.tooMany");
		}
		try (InputStream in = new BufferedInputStream(content)) {
			in.mark(64 * 1024);
			// No name given to Tika: it must judge by the bytes alone.
			String type = this.tika.detect(in);
			in.reset();
			if (!PICTURES.contains(type)) {
				throw new Refused("tourism.photo.error.type");
			}
			FileStorage.StoredFile stored = this.storage.store(AREA, in, MAX_BYTES);
			int position = this.photos.findByFacilityIdOrderByPosition(facilityId)
				.stream()
				.mapToInt(FacilityPhoto::position)
				.max()
				.orElse(-1) + 1;
			return this.photos.save(new FacilityPhoto(facilityId, stored.key(), type, caption, position));
		}
		catch (FileStorage.TooLarge ex) {
			throw new Refused("tourism.photo.error.tooLarge");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The picture's bytes, for the public page. */
	public Optional<InputStream> open(FacilityPhoto photo) {
		return this.storage.open(photo.storageKey());
	}

	@Transactional
	public void remove(UUID facilityId, UUID photoId) {
		find(facilityId, photoId).ifPresent((photo) -> {
			this.photos.delete(photo);
			this.storage.delete(photo.storageKey());
		});
	}

	/** The photo was not taken. */
	public static class Refused extends RuntimeException {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
