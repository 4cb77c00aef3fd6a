// The chain-of-thought lab's word problems: our own, two or three steps each (multiply, then
// subtract; halve, then add and subtract …), whole-number answers so the check is exact, one of
// them negative to test the answer extraction on a sign. Six is a trade-off with time: a small
// chat model writing up to 300 tokens of steps at 30–60 tokens/s spends 5–10 s per problem, and
// a talk demo should end in about a minute.

export interface WordProblem {
	question: string;
	answer: number;
}

export const problems: WordProblem[] = [
	{
		question:
			'A baker fills 4 trays with 12 rolls each. She sells 31 rolls and gives 5 away. How many rolls are left?',
		answer: 12
	},
	{
		question:
			'Tom has 3 boxes of 8 pencils. He buys 2 more boxes of the same size, then gives 10 pencils to his sister. How many pencils does he have now?',
		answer: 30
	},
	{
		question:
			'A museum ticket costs $7 for an adult and $4 for a child. How many dollars do 3 adults and 5 children pay in total?',
		answer: 41
	},
	{
		question:
			'A tank holds 120 litres when full. It starts half full, then 25 litres are used and 40 litres are added. How many litres are in the tank now?',
		answer: 75
	},
	{
		question:
			'A library has 6 shelves with 18 books on each. The librarian takes 4 books off every shelf. How many books are left on the shelves?',
		answer: 84
	},
	{
		question:
			'At noon the temperature is 4 degrees. It falls by 3 degrees every hour for 5 hours. What is the temperature then, in degrees?',
		answer: -11
	}
];
