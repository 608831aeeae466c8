package jp.musubi.platform.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A TrueType/OpenType collection file ({@code .ttc}), mapped into memory once. Its faces
 * share their outline table, so that table is read once however many faces are used, and
 * the operating system's page cache holds the 20 MB instead of each render.
 */
final class FontCollection {

	private final Path file;

	private final ByteBuffer mapped;

	private final Map<Long, CompactFont> outlinesByOffset = new ConcurrentHashMap<>();

	private FontCollection(Path file, ByteBuffer mapped) {
		this.file = file;
		this.mapped = mapped;
	}

	static FontCollection open(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file)) {
			// The mapping outlives the channel; it stays valid until garbage collected.
			return new FontCollection(file, channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
		}
	}

	/**
	 * Reads the face with the PostScript name, such as {@code NotoSansCJKjp-Regular}.
	 * @throws IllegalArgumentException when the collection has no such face, or not one
	 * with CID-keyed CFF outlines
	 */
	Typeface face(String postScriptName) throws IOException {
		try (TrueTypeCollection collection = new TrueTypeCollection(this.file.toFile())) {
			TrueTypeFont face = collection.getFontByName(postScriptName);
			if (face == null) {
				throw new IllegalArgumentException(this.file + " has no face " + postScriptName);
			}
			TTFTable cff = face.getTableMap().get("CFF ");
			if (cff == null) {
				throw new IllegalArgumentException(postScriptName + " has no CFF outlines");
			}
			CompactFont outlines = this.outlinesByOffset.computeIfAbsent(cff.getOffset(),
					(offset) -> CompactFont.read(this.mapped.slice(Math.toIntExact(offset), (int) cff.getLength())));
			return Typeface.read(face, outlines);
		}
	}

}
