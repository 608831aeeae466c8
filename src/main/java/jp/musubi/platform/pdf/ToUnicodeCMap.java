package jp.musubi.platform.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The CMap that tells a PDF reader which character each two-byte code (a CID) shows, so
 * that text can be searched, copied and read aloud, and a test can read it back.
 */
final class ToUnicodeCMap {

	// A bfchar block may hold at most 100 mappings.
	private static final int BLOCK = 100;

	private ToUnicodeCMap() {
	}

	static byte[] of(SortedMap<Integer, Integer> codePointOfCid) {
		StringBuilder cmap = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(codePointOfCid.entrySet());
		for (int from = 0; from < entries.size(); from += BLOCK) {
			List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(from + BLOCK, entries.size()));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, Integer> entry : block) {
				cmap.append(String.format("<%04X> <", entry.getKey()));
				for (char unit : Character.toChars(entry.getValue())) {
					cmap.append(String.format("%04X", (int) unit));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("""
				endcmap
				CMapName currentdict /CMap defineresource pop
				end
				end
				""");
		return cmap.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
