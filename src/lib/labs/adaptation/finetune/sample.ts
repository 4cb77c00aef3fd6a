// The text the fine-tuning lab offers when the visitor has none of their own: a ship's log,
// written for this app. A log suits the experiment: its phrasing repeats from entry to entry
// (wind, sea, course, barometer, watches) and almost none of its words occur on the concept
// pages, so the held-out entries test whether the model picked up a style it could not know.
export const sampleTitle = 'a ship’s log';

export const sampleText = `Monday, 4 May. Left harbour at 0600 under engine, wind light from the south-west. Set the mainsail and the jib off the breakwater and stopped the engine at 0640. Course south by east. Sea slight, sky clear, barometer steady at 1018. The cook served porridge on deck at 0730.

Monday, 4 May, afternoon. Wind freshening from the south-west, force four. Took one reef in the mainsail at 1400. Course south by east, speed six knots. Sea moderate, sky clouding over from the west. Barometer falling slowly, 1015. Sighted a tanker to port, bound north.

Monday, 4 May, night. Wind south-west, force five. Second reef in the mainsail at 2200. Course south by east, speed five knots. Sea moderate to rough, light rain. Barometer falling, 1011. The watch changed at midnight; all well on board.

Tuesday, 5 May. Wind backing south, force five, then easing at dawn. Shook out one reef at 0700. Course south, speed six knots. Sea moderate, sky grey. Barometer steady at 1010. The cook served porridge and tea on deck at 0800.

Tuesday, 5 May, afternoon. Wind south, force three. Shook out the second reef and set the full mainsail at 1300. Course south by west, speed five knots. Sea slight, sky clearing from the west. Barometer rising slowly, 1013. Sighted dolphins to starboard.

Tuesday, 5 May, night. Wind light from the south, force two. Started the engine at 2300. Course south by west, speed four knots. Sea slight, sky clear, many stars. Barometer steady at 1014. The watch changed at midnight; all well on board.

Wednesday, 6 May. Wind west, force three. Stopped the engine at 0630 and set the jib. Course south, speed five knots. Sea slight, sky clear. Barometer rising, 1017. The cook served porridge on deck at 0730. Sighted land to port at 1100.

Wednesday, 6 May, afternoon. Wind west, force four. Took one reef in the mainsail at 1500. Course south-east, speed six knots. Sea moderate, sky clear. Barometer steady at 1018. Entered harbour under engine at 1800 and made fast alongside; all well on board.`;
