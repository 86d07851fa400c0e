# ruff: noqa: E501  (one page line per source line reads best for labelled data)
"""Write the labelled evaluation pages for BOIL, META and GEN (bench/data/artifacts/).

Each page is a list of (line, label) pairs; label is the rule family a careful reader
would remove the line for (BOIL page chrome, META leaked metadata, GEN appended generated
text) or None for article text. The pages are invented, written to look like what scrapers
deliver. Run: python bench/data/make_artifacts.py
"""

from __future__ import annotations

import json
from pathlib import Path

B, M, G = "BOIL", "META", "GEN"
OUT = Path(__file__).parent / "artifacts"

PAGES: dict[str, list[tuple[str, str | None]]] = {
    "01-ferry-strike.txt": [
        ("2025-06-14T09:12:44Z", M),
        ("Ferry crews walk out over rota changes", None),
        ("Hundreds of passengers were stranded at Kirkwall on Saturday after ferry crews began a 24-hour strike over new shift patterns.", None),
        ("The union said the rota, introduced in May, left some crews working twelve days in a row during the busy season.", None),
        ("“Nobody wants to strand families at the start of the holidays, but we were left with no choice,” said branch secretary Ewan Flett.", None),
        ("The operator said it had offered talks twice and called the walkout “deeply disappointing”.", None),
        ("Share this article", B),
        ("Advertisement", B),
        ("A replacement sailing was laid on for passengers with medical appointments on the mainland.", None),
        ("Talks are due to resume on Monday.", None),
    ],
    "02-museum-roof.txt": [
        ("By Culture Desk", M),
        ("Museum roof repairs uncover medieval beams", None),
        ("Workers repairing the roof of the Harbour Museum have found oak beams that may date from the 14th century.", None),
        ("Hide caption", B),
        ("Conservators inspect one of the beams uncovered during the repairs.", None),
        ("Photo: Lena Osei/Harbour Gazette", B),
        ("Toggle caption", B),
        ("The beams had been hidden behind a plaster ceiling added in the 1890s.", None),
        ("Tree-ring dating will be carried out over the summer, the museum's director said.", None),
        ("The museum will stay open during the work, although the upper gallery is closed until September.", None),
        ("Click here to subscribe to our weekly culture newsletter", B),
    ],
    "03-rail-timetable.txt": [
        ("Rail operator promises fewer cancellations", None),
        ("Updated: 3 March 2025, 14:05 GMT", M),
        ("The region's main rail operator has promised to halve short-notice cancellations by the end of the year.", None),
        ("It said 40 new drivers had completed training and another 35 would qualify by autumn.", None),
        ("Passenger groups welcomed the pledge but said they had heard similar promises before.", None),
        ("“We will judge them on the numbers, not the press releases,” said Priya Raman of the Commuters' Association.", None),
        ("1741010700", M),
        ("#rail #commute #transport", B),
    ],
    "04-farm-subsidies.txt": [
        ("Farmers protest subsidy changes", None),
        ("Tractors blocked the main road into the capital on Thursday as farmers protested against changes to agricultural subsidies.", None),
        ("The new scheme pays for environmental work such as hedgerow planting rather than for the amount of land farmed.", None),
        ("Smaller farms say they will lose out because they cannot afford to take land out of production.", None),
        ("The agriculture minister said the scheme would be reviewed after its first year.", None),
        ("**Frequently Asked Questions**", G),
        ("**What are the new subsidy rules?**", G),
        ("The new rules reward environmental stewardship rather than land area, encouraging sustainable practices across the sector.", G),
        ("**Why are farmers protesting?**", G),
        ("Farmers are concerned that the changes could significantly impact their livelihoods and the future of rural communities.", G),
        ("**What happens next?**", G),
        ("The government has committed to reviewing the scheme, offering hope for a balanced solution that benefits all stakeholders.", G),
    ],
    "05-clean-council-budget.txt": [
        ("Council agrees budget with small tax rise", None),
        ("The city council has approved a budget for 2026 that raises council tax by 2.9 percent, below the maximum allowed.", None),
        ("Councillors voted 31 to 18 in favour after a debate that lasted more than four hours.", None),
        ("The opposition leader said the rise would hit pensioners hardest, while the finance chair argued that services would otherwise be cut.", None),
        ("Spending on adult social care rises by 6 percent, the largest increase of any department.", None),
        ("The caption on the council's own infographic wrongly gave the rise as 3.9 percent and was corrected on Friday.", None),
        ("A transcript of the full debate will be published on the council's website next week.", None),
        ("The new rates take effect on 1 April.", None),
    ],
    "06-wildfire.txt": [
        ("23 Jul 2025 18:40 BST", M),
        ("Wildfire forces evacuation of hillside villages", None),
        ("Firefighters battled a wildfire on the slopes above three villages on Wednesday as strong winds pushed the flames downhill.", None),
        ("Reuters/Dimitris Kallas", B),
        ("About 600 residents were moved to a sports hall in the nearest town, the civil protection agency said.", None),
        ("Two water-bombing planes and a helicopter joined more than 120 firefighters on the ground.", None),
        ("Enlarge this image", B),
        ("No injuries have been reported.", None),
        ("Read more:", B),
        ("Heatwave warnings extended across the south", B),
        ("https://example.net/news/heatwave-warnings-extended", M),
    ],
    "07-startup-funding.txt": [
        ("Battery start-up raises 40 million", None),
        ("A battery recycling start-up based in Tampere has raised 40 million euros from investors including two pension funds.", None),
        ("The company recovers lithium, nickel and cobalt from used electric-car batteries and sells them back to cell makers.", None),
        ("Its chief executive, Sanna Virtanen, said the money would pay for a second plant.", None),
        ("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", B),
        ("Accept all cookies", B),
        ("Analysts say recycling capacity in Europe will need to grow tenfold by 2035.", None),
        ("2.4K shares", M),
    ],
    "08-clean-interview.txt": [
        ("Chef Marta Quiroga has run her restaurant in the old fish market for twenty years. We asked her what has changed.", None),
        ("Interviewer:", None),
        ("What was the neighbourhood like when you opened?", None),
        ("Marta Quiroga:", None),
        ("Empty in the evenings. The market closed at two and everyone went home. We had nights with four guests.", None),
        ("Interviewer:", None),
        ("And now?", None),
        ("Marta Quiroga:", None),
        ("Now we turn people away on Fridays. The new flats brought families, and the families brought the grandparents.", None),
        ("Interviewer:", None),
        ("What would you tell someone opening a restaurant today?", None),
        ("Marta Quiroga:", None),
        ("Buy your fish from the people next door and learn their children's names. It sounds simple. It is most of the job.", None),
    ],
    "09-hospital-parking.txt": [
        ("By Health Correspondent", M),
        ("Hospital scraps parking charges for night staff", None),
        ("Nurses and other staff working night shifts at the General Hospital will no longer pay to park, the health board said on Monday.", None),
        ("The change follows a petition signed by more than 3,000 people.", None),
        ("Staff on day shifts will still pay a reduced rate of two pounds a day.", None),
        ("Sign up for our newsletter", B),
        ("Get the top stories from the region delivered to your inbox every morning.", B),
        ("The board said the change would cost about 180,000 pounds a year.", None),
    ],
    "10-space-launch.txt": [
        ("Private rocket reaches orbit on second attempt", None),
        ("A small rocket built by a Spanish company reached orbit on Tuesday, eight months after its first launch failed shortly after lift-off.", None),
        ("The rocket carried two research satellites for universities in Madrid and Lisbon.", None),
        ("Engineers said they had redesigned a valve in the second stage that caused the earlier failure.", None),
        ("<iframe src=\"https://video.example.com/embed/launch-replay\" width=\"640\" height=\"360\" frameborder=\"0\" allowfullscreen></iframe>", B),
        ("The company plans four launches next year.", None),
        ("**Key Takeaways:**", G),
        ("- The rocket successfully reached orbit on its second attempt, marking a milestone for the European space industry.", G),
        ("- The redesigned valve addressed the issue that caused the first failure.", G),
        ("- The company is poised to play a significant role in the growing small-satellite launch market.", G),
        ("**What do you think about the future of private spaceflight in Europe? Share your thoughts in the comments below!**", G),
    ],
    "11-clean-science.txt": [
        ("Bees use landmarks to find their way home, study finds", None),
        ("Honeybees remember distinctive landmarks such as lone trees and use them to correct their course on the way back to the hive, researchers report.", None),
        ("The team fitted 80 bees with tiny radar transponders and tracked their flights across farmland near Uppsala.", None),
        ("When the researchers moved a landmark, returning bees changed direction in a predictable way.", None),
        ("“They are not just following the sun,” said lead author Karin Holm. “They build something like a map.”", None),
        ("The study was published on 12 February 2025 in the journal Animal Behaviour.", None),
        ("The researchers now want to test whether bumblebees do the same.", None),
    ],
    "12-election-debate.txt": [
        ("Published: Friday 9 May 2025", M),
        ("Candidates clash over housing in televised debate", None),
        ("The four candidates for mayor clashed over housing on Thursday night in the only televised debate of the campaign.", None),
        ("Watch: Highlights from the debate", B),
        ("The incumbent defended her record, saying 2,400 affordable homes had been started since 2021.", None),
        ("Her main challenger said most of them would not be finished before the end of the decade.", None),
        ("AP Photo/Rui Mendes", B),
        ("Polls open at 7am on Thursday.", None),
        ("Related:", B),
        ("What the candidates promise on transport", B),
        ("Transport pledges compared", B),
    ],
    "13-football-transfer.txt": [
        ("Striker joins rivals in record deal", None),
        ("The club has sold its top scorer to a league rival for a fee reported to be 18 million euros, a record for both clubs.", None),
        ("The 24-year-old scored 21 goals last season.", None),
        ("Fans reacted angrily on social media, with some burning replica shirts outside the stadium.", None),
        ("The manager said the player had asked to leave and that the money would be reinvested in the squad.", None),
        ("Interview with the Club Manager", G),
        ("**Q:** How do you feel about losing your top scorer to a rival?", G),
        ("**A:** It is never easy, but we respect his decision and wish him well in the next chapter of his career.", G),
        ("**Q:** How will you replace his goals?", G),
        ("**A:** We have a clear plan and a talented squad, and I am confident we will continue to compete at the highest level.", G),
        ("**Discussion Question:** Was the club right to sell to a rival? Let us know in the comments.", G),
    ],
    "14-clean-markdownish.txt": [
        ("City plants 5,000 trees in one weekend", None),
        ("Volunteers planted more than 5,000 saplings across 14 parks over the weekend, the largest planting day the city has organised.", None),
        ("Most of the trees are native species such as oak, rowan and hazel.", None),
        ("Organisers said about 1,100 people took part, many of them families.", None),
        ("The parks department will water the saplings through the summer, and volunteers can adopt a tree to look after.", None),
        ("Share your photos of the planting day with the parks department, which plans an exhibition in the autumn.", None),
        ("Download the city's tree map to find the new planting sites near you, the department said.", None),
    ],
    "15-court-ruling.txt": [
        ("By The Newsroom", M),
        ("12/03/2025", M),
        ("Court rules landlord must repay deposits", None),
        ("A court has ordered a landlord to repay deposits to 42 former tenants after finding that he had failed to protect the money in an approved scheme.", None),
        ("The tenants, most of them students, had waited up to two years for their money.", None),
        ("Getty Images", B),
        ("The judge said the landlord's explanation that he had “forgotten” was not credible.", None),
        ("The landlord has 28 days to appeal.", None),
        ("Comments (17)", M),
    ],
    "16-clean-obituary.txt": [
        ("Harriet Mbeki, teacher who founded the town's first library, dies at 91", None),
        ("Harriet Mbeki, who opened the town's first public library in a converted bakery in 1962, has died at the age of 91.", None),
        ("By her own count she taught more than 3,000 children to read.", None),
        ("She was born in 1934 and trained as a teacher in Durban before moving north.", None),
        ("Former pupils remembered her as strict but funny, and as someone who never forgot a name.", None),
        ("She is survived by two children and five grandchildren.", None),
        ("A memorial reading will be held at the library on 20 June.", None),
    ],
    "17-bank-rates.txt": [
        ("1748937600000", M),
        ("Central bank holds rates for third month", None),
        ("The central bank kept its main interest rate at 3.25 percent on Wednesday, as expected by most economists.", None),
        ("Inflation fell to 2.6 percent in May, still above the bank's 2 percent target.", None),
        ("The governor said rate cuts later in the year were possible if inflation kept falling.", None),
        ("Subscribe", B),
        ("Markets barely moved after the announcement.", None),
        ("In Conclusion", G),
        ("The central bank's decision reflects a careful balance between supporting growth and keeping inflation in check, and all eyes will now turn to the next meeting.", G),
        ("What do you think? Should the bank cut rates sooner? Share your views below.", G),
    ],
    "18-clean-transcript-labels.txt": [
        ("Heat in the city: a conversation with an urban climate researcher", None),
        ("HOST: Good morning. Our guest today studies how cities cool themselves in heatwaves.", None),
        ("GUEST: Thanks for having me.", None),
        ("HOST: Let's start simply. Why are cities hotter than the countryside?", None),
        ("GUEST: Dark roofs and roads soak up heat all day and give it back at night. And there is less shade and less water.", None),
        ("HOST: What works best to bring temperatures down?", None),
        ("GUEST: Trees, mostly. A street with a full canopy can be several degrees cooler at pedestrian height.", None),
        ("HOST: Thank you.", None),
    ],
    "19-product-recall.txt": [
        ("Monday, 2 June 2025 10:15", M),
        ("Supermarket recalls frozen berries", None),
        ("A supermarket chain has recalled three batches of frozen mixed berries after tests found traces of hepatitis A.", None),
        ("Customers are advised not to eat the berries and to return them for a full refund.", None),
        ("The affected packs have best-before dates in March 2027.", None),
        ("Toggle caption", B),
        ("Photograph: Ines Duarte/Reuters", B),
        ("No illnesses have been linked to the product so far, the food safety agency said.", None),
        ("Print", B),
        ("Email", B),
        ("Share", B),
    ],
    "20-clean-long-article.txt": [
        ("Island school wins fight to stay open", None),
        ("The only school on the island of Holmsay will stay open after the education authority reversed a plan to close it and send its nine pupils to the mainland by ferry.", None),
        ("Parents had argued that the daily crossing, which takes 50 minutes each way, would be unsafe in winter storms.", None),
        ("The authority's report had said the school cost more than four times the average per pupil.", None),
        ("Councillors were persuaded by evidence that two families would leave the island if the school closed, which could in turn threaten the shop and the ferry service itself.", None),
        ("“It is not just a school, it is the reason young families can live here,” said parent council chair Rhona Isbister.", None),
        ("The authority will review the decision in five years.", None),
        ("Photographs of the island's children celebrating outside the school were shared widely on Thursday evening.", None),
    ],
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    labels = []
    for name, lines in PAGES.items():
        (OUT / name).write_text("".join(text + "\n" for text, _ in lines), encoding="utf-8")
        for number, (_, label) in enumerate(lines, 1):
            if label:
                labels.append({"file": name, "line": number, "family": label})
    (OUT / "labels.json").write_text(json.dumps(labels, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages and {len(labels)} labelled lines to {OUT}")


if __name__ == "__main__":
    main()
