// Hand-curated sports teams that news names without saying what they are: European football clubs that
// carry a city's or a person's name ("Bayern Munich", "Aston Villa") and the North American major-league
// teams. Each row: name | other names (short forms that name no one else: not "Liverpool", the city, nor
// "Spurs", two clubs) | country.

export const TEAM_ROWS = `Arsenal||United Kingdom
Aston Villa||United Kingdom
Bournemouth||United Kingdom
Brentford||United Kingdom
Brighton & Hove Albion||United Kingdom
Chelsea||United Kingdom
Crystal Palace||United Kingdom
Everton||United Kingdom
Fulham||United Kingdom
Leeds United||United Kingdom
Leicester City||United Kingdom
Liverpool FC||United Kingdom
Manchester City|Man City|United Kingdom
Manchester United|Man United;Man Utd|United Kingdom
Newcastle United||United Kingdom
Nottingham Forest||United Kingdom
Tottenham Hotspur|Tottenham|United Kingdom
West Ham United|West Ham|United Kingdom
Wolverhampton Wanderers|Wolves|United Kingdom
Celtic||United Kingdom
Real Madrid||Spain
Atletico Madrid|Atletico;Atlético Madrid|Spain
FC Barcelona|Barca;Barça|Spain
Sevilla FC||Spain
Valencia CF||Spain
Villarreal||Spain
Real Sociedad||Spain
Athletic Bilbao||Spain
Real Betis||Spain
Bayern Munich|Bayern;Bayern München|Germany
Borussia Dortmund||Germany
RB Leipzig||Germany
Bayer Leverkusen||Germany
Eintracht Frankfurt||Germany
Schalke 04|Schalke|Germany
Juventus|Juve|Italy
Inter Milan|Inter;Internazionale|Italy
AC Milan||Italy
AS Roma||Italy
Lazio||Italy
Napoli||Italy
Atalanta||Italy
Fiorentina||Italy
Paris Saint-Germain|PSG|France
Olympique de Marseille||France
Olympique Lyonnais||France
AS Monaco||France
Ajax||Netherlands
PSV Eindhoven|PSV|Netherlands
Feyenoord||Netherlands
Benfica||Portugal
FC Porto||Portugal
Sporting CP|Sporting Lisbon|Portugal
Galatasaray||Turkey
Fenerbahce|Fenerbahçe|Turkey
Besiktas|Beşiktaş|Turkey
Boca Juniors||Argentina
River Plate||Argentina
Flamengo||Brazil
Al Nassr||Saudi Arabia
Al Hilal||Saudi Arabia
Inter Miami||United States
LA Galaxy||United States
Atlanta Hawks|Hawks|United States
Boston Celtics|Celtics|United States
Brooklyn Nets|Nets|United States
Charlotte Hornets|Hornets|United States
Chicago Bulls|Bulls|United States
Cleveland Cavaliers|Cavaliers;Cavs|United States
Dallas Mavericks|Mavericks;Mavs|United States
Denver Nuggets|Nuggets|United States
Detroit Pistons|Pistons|United States
Golden State Warriors|Warriors|United States
Houston Rockets|Rockets|United States
Indiana Pacers|Pacers|United States
Los Angeles Clippers|Clippers|United States
Los Angeles Lakers|Lakers|United States
Memphis Grizzlies|Grizzlies|United States
Miami Heat||United States
Milwaukee Bucks|Bucks|United States
Minnesota Timberwolves|Timberwolves|United States
New Orleans Pelicans|Pelicans|United States
New York Knicks|Knicks|United States
Oklahoma City Thunder||United States
Orlando Magic||United States
Philadelphia 76ers|76ers;Sixers|United States
Phoenix Suns|Suns|United States
Portland Trail Blazers|Trail Blazers;Blazers|United States
Sacramento Kings||United States
San Antonio Spurs||United States
Toronto Raptors|Raptors|Canada
Utah Jazz||United States
Washington Wizards|Wizards|United States
Arizona Cardinals||United States
Atlanta Falcons|Falcons|United States
Baltimore Ravens|Ravens|United States
Buffalo Bills||United States
Carolina Panthers||United States
Chicago Bears||United States
Cincinnati Bengals|Bengals|United States
Cleveland Browns||United States
Dallas Cowboys|Cowboys|United States
Denver Broncos|Broncos|United States
Detroit Lions||United States
Green Bay Packers|Packers|United States
Houston Texans||United States
Indianapolis Colts|Colts|United States
Jacksonville Jaguars||United States
Kansas City Chiefs||United States
Las Vegas Raiders|Raiders|United States
Los Angeles Chargers|Chargers|United States
Los Angeles Rams||United States
Miami Dolphins|Dolphins|United States
Minnesota Vikings||United States
New England Patriots|Patriots|United States
New Orleans Saints||United States
New York Giants||United States
New York Jets||United States
Philadelphia Eagles||United States
Pittsburgh Steelers|Steelers|United States
San Francisco 49ers|49ers;Niners|United States
Seattle Seahawks|Seahawks|United States
Tampa Bay Buccaneers|Buccaneers;Bucs|United States
Tennessee Titans||United States
Washington Commanders||United States
New York Yankees|Yankees|United States
New York Mets||United States
Boston Red Sox|Red Sox|United States
Chicago Cubs|Cubs|United States
Chicago White Sox|White Sox|United States
Los Angeles Dodgers|Dodgers|United States
San Francisco Giants||United States
St. Louis Cardinals||United States
Houston Astros|Astros|United States
Atlanta Braves|Braves|United States
Philadelphia Phillies|Phillies|United States
Toronto Blue Jays|Blue Jays|Canada
Seattle Mariners||United States`;
