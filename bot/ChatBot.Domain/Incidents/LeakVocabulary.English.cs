namespace ChatBot.Domain.Incidents;

/// <summary>English words <see cref="LeakIntent"/> reads.</summary>
internal static partial class LeakVocabulary
{
    /// <summary>English events that are facts on their own when told (not asked): stolen, hacked, leaked, a breach.</summary>
    public static readonly string[] EnglishEvents =
    [
        @"\bstolen\b", @"\bstollen\b", @"\bstole\b", @"\brobbed\b", @"\bsnatched\b", @"\bpickpocketed\b", @"\bmugged\b", @"\bburgl(?:ed|ari[sz]ed)\b",
        @"\bhacked\b", @"\bpretending to be\b", @"\bposing as\b", @"\bscam(?:med)?\b",
        // romaji Japanese typed on an English keyboard: funshitsu, nakushita, roei, gosoushin, nusumareta
        @"\bfunshitsu\b", @"\bnakushi(?:ta|mashita|chatta|te)\b", @"\bro-?u?ei\b", @"\bgoso-?u?shin\b", @"\bnusuma(?:reta|remashita)\b", @"\bokiwasure", @"\bhijack", @"\bransom\b", @"\bbreak-?in\b", @"\bmis(?:directed|delivered|sent|addressed)\b", @"\bimpersonat", @"\bbreached\b", @"\bleaked\b", @"\bcompromised\b", @"\bransomware\b", @"\bmalware\b", @"\bphish", @"\bsnoop",
        @"\b(?:suspect|think|believe|fear|afraid)\b[^.]{0,30}\b(?:breach|leak|hack|stolen|lost|compromise|exposed)",
        @"\b(?:have|had|there'?s been|there was|we'?ve got|got|is|was) an? (?:data |possible |potential |serious )?(?:leak|breach)\b",
        @"\b(?:possible|suspected|potential|likely) (?:data )?(?:leak|breach)", @"\bunauthori[sz]ed\b",
        // told by someone else: the vendor notified us of a breach
        @"\b(?:notified|informed|told|warned|alerted|emailed|called) (?:us|me|our \w+|the \w+)\b[^.]{0,12}\b(?:of|about|that)\b[^.]{0,40}\b(?:breach|leak|loss|lost|stolen|theft|hack|incident|ransomware|exposure|exposed)",
        @"\b(?:walked|ran|made|went) (?:off|away) with\b",
        // a device that left for repair or disposal with data still on it; a number left visible in a photo
        @"\b(?:repair|recycling|disposal|resale|scrap)\b[^.]{0,40}\b(?:still|unencrypted|not wiped|without wiping|not erased)\b",
        @"\bwith (?:her|his|their|my|the|our|everyone's|all the) [\w' -]{0,30}\bvisible\b",
        @"\b(?:ex-employee|former (?:employee|staff|colleague|\w+ (?:guy|person|manager|clerk|staff))|leaver|someone who left)\b[^.]{0,40}\b(?:downloaded|copied|took|kept|accessed|exported|had|has|still)\b",
    ];

    /// <summary>
    /// English events only in a message that names data or a document (<see cref="SensitiveThings"/>): lost, missing,
    /// left on the train, exposed, infected; "I lost the game" and "I left the meeting at five" are not leaks.
    /// </summary>
    public static readonly string[] EnglishWeakEvents =
    [
        // a forgotten or lost password is a reset, not a loss
        @"\blost\b(?! (?:my |our |the |his |her |their )?" + Credential + ")" + NotInterface, @"\bmisplaced\b", @"\bmissplaced\b", @"\bmislaid\b", @"\bbroke into\b", @"\bbroken into\b", @"\bvirus\b", @"\binfected\b",
        // a page, a link or a field that cannot be found is a question about the tool, not a loss
        @"\bexposed\b", @"\b(?:can'?t|cannot|can not|couldn'?t) (?:find|locate)\b" + NotInterface, @"\bunaccounted for\b",
        @"\bnowhere to be found\b", @"\b(?:can'?t|cannot|could not|couldn'?t) be (?:found|located)\b", @"\bmissing\b" + NotInterface, @"\bgone\b", @"\bdisappeared\b",
        @"\b(?:returned|came back|come back|sent back)\b[^.]{0,20}\b(?:opened|open|unsealed|torn|damaged)\b",
        @"\b(?:saying|said|says|told us|claims?|claiming|reported) (?:that )?(?:they|he|she|someone|somebody)(?: had| have| has|'ve|'d)? (?:got|received|gotten|saw|seen|found|opened)\b",
        @"\bleft\b" + NotBelonging + @" (?:it |them |my |our |the |a |an |some )?[\w\s'-]{0,40}\b(?:on|in|at|behind)\b", @"\bforgot (?:my|our|the|a|an|it|them)\b(?! " + Credential + ")" + NotBelonging,
        @"\bdropped\b", @"\b(?:was|were|got|been) taken\b", @"\btaken from\b", @"\bopen to\b", @"\b(?:was|were|is|are|been|became|left) (?:made )?public\b",
        @"\bpublicly\b", @"\baccessible (?:to|by)\b", @"\bvisible to\b", @"\bwithout (?:permission|authori[sz]ation)\b",
        @"\b(?:someone|somebody|a stranger|an outsider)\b[^.]{0,40}\b(?:accessed|opened|viewed|looked|took|copied|got|saw|read|logged|downloaded|photographed|snapped|filmed|recorded|used|stole|logging|accessing|using|reading|downloading|opening|copying|viewing)\b",
        @"\banyone with the link\b", @"\bpublic (?:\w+ )?(?:forum|site|page|website|internet|folder|link|channel|chat|repo|repository|drive|bucket|group|space|board)",
        @"\bstill (?:has|have|had) access\b", @"\b(?:set|made|switched|changed) (?:to |as )?public\b", @"\btook (?:all |all of |a copy of |some of )?our\b", @"\b(?:two|both|several|multiple|\d+) (?:people's|persons'|employees')",
        @"\bfor anyone to\b", @"\banyone (?:can|could) (?:see|take|read|access|open)\b", @"\b(?:into|in|with) the (?:\w+ )?(?:recycling|trash|garbage|rubbish|bin)\b",
        @"\b(?:wasn'?t|weren'?t|was not|were not|isn'?t|aren'?t) there\b", @"\bon (?:his|her|their|my|a|an) (?:own |personal |private |home )(?:laptop|computer|pc|phone|device|drive|usb|account)", @"\bby (?:someone|somebody) else\b", @"\bby (?:a |an )?(?:stranger|outsider|unknown)",
        @"\b(?:found|left|was|were|is|are) (?:wide )?(?:open|unlocked)\b", @"\b(?:damaged|torn|ripped|tampered)\b", @"\b(?:partly|partially|half) empty\b",
        @"\b(?:someone|somebody|others?|people|strangers?|visitors?|customers?)\b[^.]{0,25}\b(?:seen|viewed|opened|taken|copied|accessed|read)\b",
        @"\bvisible\b[^.]{0,20}\b(?:on|in) (?:instagram|twitter|facebook|tiktok|social media|linkedin|the internet|a public)", @"\b(?:took|taken|brought) (?:it |them |some |the \w+ )?home\b", @"\bwithout shredding\b", @"\bdumped\b", @"\b(?:colleague|coworker|co-worker|neighbou?r|boss|manager)'s\b", @"\bended up (?:on|in|at|with)\b",
        @"\b(?:took|taken|taking) (?:a )?(?:photos?|pictures?|screenshots?) of\b", @"\bfell (?:off|out)\b",
        // left where anyone could see or take it, or no longer where it was kept
        @"\blying (?:around|about|on|in|at|out|there)\b", @"\bleft (?:out|unattended|lying)\b", @"\bunattended\b", @"\bin (?:plain|full) (?:sight|view)\b", @"\bout in the open\b",
        @"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|is not|are not|was not|were not) (?:\w+ ){0,4}(?:anymore|any more|any longer)\b", @"\bno longer (?:in|on|at|there)\b",
        @"\b(?:nobody|no one|no-one|none of us) (?:knows|knew|can find|could find|has seen|had seen)\b",
        @"\b(?:sent|e-?mailed|mailed|faxed|delivered|forwarded|posted|given|handed|went) to (?:another|a different|the other|some other) (?:client|company|customer|person|employee|department|branch|office|firm|user|address|recipient|team)\b",
        @"\bnever (?:arrived|came back|reached|got there|showed up|turned up|got delivered|made it)\b", @"\b(?:was|were|been) (?:visible|on display|displayed|readable)\b",
        @"\baccessed (?:from|by) (?:an? )?(?:unknown|foreign|overseas|outside|external|suspicious|unfamiliar|strange)\b", @"\b(?:unknown|foreign|suspicious|unfamiliar|strange) (?:ip|location|device|login|log-in|sign-in)s?\b", @"\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:arrive|arrived|reach|reached)\b",
        @"\b(?:threw|thrown) (?:away|out)\b", @"\bin the (?:regular |normal |general |ordinary )?(?:trash|garbage|rubbish|bin)\b",
        // someone else's papers in the envelope, a page that went to the wrong desk, a screen that showed other people's numbers
        @"\b(?:another|a different) (?:person|employee|customer|client|staff member|individual|user|colleague|company)'?s\b", @"\bsomeone else'?s\b",
        @"\bother (?:people|employees|staff|users|customers|clients|colleagues)'?s?\b", @"\b(?:to|into|in|on|at) (?:the |a |an )?wrong\b",
        @"\b(?:nothing|none of (?:it|them)) (?:has )?(?:ever )?(?:arrived|came|reached|got there)\b", @"\bnever (?:ever )?(?:arrived|came|reached)\b",
        @"\b(?:could|can|were able to|was able to) (?:see|view|access|open|download)\b", @"\bmis-?configur", @"\bmisconfig",
        @"\b(?:suspicious|weird|strange|fake|dodgy|sketchy|spam|phishing|unknown) (?:\w+ ){0,2}(?:e-?mail|mail|link|attachment|file|message|site|website|program)",
    ];

    /// <summary>Not a page, a link, an app or a field (lost the link, can't find the submission page, missing a field).</summary>
    private const string NotInterface =
        @"(?! (?:the |a |an |my |our |any |this |that |your |some )?(?:[\w'-]+ ){0,3}(?:link|page|button|menu|option|setting|tab|field|column|section|template|app|application|portal|website|site|url|instructions|guide|manual|answer|way|track of time|time|signature|stamp|feature)s?\b)";

    /// <summary>Not one's own belongings (left my badge at home, forgot my wallet): nothing of anyone else's goes.</summary>
    private const string NotBelonging =
        @"(?! (?:my|our) (?:own )?(?:badge|wallet|purse|keys?|umbrella|lunch|coat|jacket|glasses|charger|id card|key card|keycard|pass|ticket|bike|car|headphones|earphones)\b)";

    /// <summary>What is forgotten or lost without anything leaving: a password, a PIN, a login.</summary>
    private const string Credential = @"(?:password|passcode|passphrase|pin|login|log-in|user ?name|user id|id and password)s?\b";

    /// <summary>English sending or sharing verbs: an event only with a mistake word in the same clause (and, like the weak events, something sensitive named).</summary>
    public static readonly string[] EnglishSends =
    [
        @"\bsent\b", @"\bsend\b", @"\be-?mailed\b", @"\bmailed\b", @"\bfaxed\b", @"\bposted\b", @"\bshared\b", @"\bforwarded\b",
        @"\buploaded\b", @"\bpublished\b", @"\battached\b", @"\bgave\b", @"\bhanded\b", @"\bcc'?d\b", @"\breplied\b", @"\bdelivered\b",
        @"\bput\b", @"\bthrew\b", @"\bthrown\b", @"\bdisposed\b", @"\bprinted\b",
        @"\bcopied\b", @"\bsaved\b", @"\btexted\b", @"\bmessaged\b", @"\bdm'?d\b", @"\bshowed\b", @"\benclosed\b", @"\bincluded\b", @"\bmixed\b", @"\bswapped\b", @"\bswitched\b", @"\b(?:deleted|erased|wiped|overwrote|overwritten|shredded|destroyed)\b", @"\bstuffed\b", @"\bended up\b", @"\bgot\b", @"\bdownloaded\b", @"\btransferred\b", @"\bsynced\b", @"\bmoved\b", @"\bwent\b", @"\bstored\b",
    ];

    /// <summary>English words of a mistake that turn a send into a misdirected one.</summary>
    public static readonly string[] EnglishMistakes =
    [
        @"\bwrong\b", @"\bmistake", @"\bmistakenly\b", @"\baccident", @"\bacc?identl?y\b", @"\bin error\b", @"\bmisdirect", @"\bunintended\b",
        @"\boops\b", @"\b(?:personal|private|home) (?:e-?mail|account|address|gmail|phone|device|computer|pc|usb)", @"\b(?:gmail|hotmail|yahoo|icloud|outlook\.com|protonmail)\b", @"\b(?:his|her|their|my|your|our) own\b", @"\bprivate\b", @"\b(?:instagram|twitter|facebook|tiktok|social media|linkedin|github)\b", @"\bneighbou?rs?\b", @"\b(?:all-company|company-wide|all-staff|all-hands|all-employee|whole-company|general|public|everyone) (?:mailing |distribution )?(?:channel|chat|group|thread|list)", @"\binstead of\b", @"\b(?:realised|realized|noticed|found out|discovered)\b", @"\ball (?:of )?(?:our )?(?:clients|customers|subscribers|recipients|vendors)\b", @"\bshould(?:n'?t| not) have\b", @"\bby error\b", @"\badress\b", @"\b(?:old|previous|former) (?:address|e-?mail|home)\b", @"\b(?:former|old|previous|ex-) ?(?:vendor|contractor|supplier|client|customer)\b", @"\bwe (?:stopped|no longer|don'?t) (?:using|use|work with|working with)\b", @"\boutside\b", @"\bexternal\b", @"\b(?:the )?(?:whole|entire) (?:company|office|team|department)\b",
    ];

    /// <summary>English words that make a clause hypothetical or general.</summary>
    public static readonly string[] EnglishHypotheticals =
    [
        // "not sure if this counts, but …" hedges a told event
        @"\bif\b(?! (?:this|it|that) (?:counts|qualifies|matters|is (?:relevant|reportable|serious|important|one|an? (?:leak|breach|incident|problem|issue|thing)))\b)", @"\bin case\b", @"\bsuppose", @"\bassuming\b", @"\bhypothetic", @"\bimagine\b", @"\bwhenever\b", @"\bprevent",
        @"\bavoid", @"\bwould\b", @"\bwhat counts\b", @"\bcounts as\b", @"\bin general\b", @"\bpolicy\b",
    ];

    /// <summary>Words that open an English question.</summary>
    public static readonly string[] EnglishQuestionOpeners =
    [
        "what", "how", "when", "where", "who", "which", "why", "whom", "whose", "is", "are", "was", "were", "do", "does", "did", "should",
        "must", "can", "could", "would", "will", "shall", "may", "might", "have", "has", "am", "any", "tell", "explain",
    ];

    /// <summary>English asks to report (I want to report…, we need to report…, I'd like to file a report…).</summary>
    public static readonly string[] EnglishReportRequests =
    [
        @"\b(?:want|need|have|would like|'d like|wish|going|got)\s+to\s+(?:report|file|raise|log|notify)\b", @"^(?:please\s+)?(?:report|file)\b",
        @"\bi(?:'m| am) reporting\b", @"\bfile an? (?:incident|leak|breach)",
    ];
}
