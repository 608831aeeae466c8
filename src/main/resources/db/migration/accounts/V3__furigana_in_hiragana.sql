-- Readings of names are kept in hiragana, as the forms label them (ふりがな); until now they
-- were kept as typed, so ヤマダ and やまだ were two readings of one name. Katakana with no
-- hiragana letter (ヷ ヸ ヹ ヺ), the long vowel mark and the middle dot stay as they are.
UPDATE account
SET family_name_kana = TRANSLATE(family_name_kana,
		'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶヽヾ',
		'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖゝゞ'),
	given_name_kana = TRANSLATE(given_name_kana,
		'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶヽヾ',
		'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖゝゞ')
WHERE family_name_kana IS NOT NULL OR given_name_kana IS NOT NULL;
