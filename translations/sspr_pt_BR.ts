<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the console; a change takes effect when SSPR Console restarts.</source>
        <translation>O idioma do console; uma alteração entra em vigor quando o SSPR Console for reiniciado.</translation>
    </message>
    <message>
        <source>A new language takes effect when SSPR Console restarts.</source>
        <translation>Um novo idioma entra em vigor quando o SSPR Console for reiniciado.</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>Default country or re&amp;gion:</source>
        <translation>País ou re&amp;gião padrão:</translation>
    </message>
    <message>
        <source>Used for numbers typed without a country code when the user has no usage location.</source>
        <translation>Usado para números digitados sem código do país quando o usuário não tem local de uso.</translation>
    </message>
    <message>
        <source>Authenticator QR codes</source>
        <translation>Códigos QR do autenticador</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>The tenant&apos;s name</source>
        <translation>O nome do locatário</translation>
    </message>
    <message>
        <source>The name authenticator apps show above the account; empty uses the tenant&apos;s name.</source>
        <translation>O nome que os aplicativos autenticadores mostram acima da conta; vazio usa o nome do locatário.</translation>
    </message>
    <message>
        <source>&amp;Close the QR code after:</source>
        <translation>&amp;Fechar o código QR após:</translation>
    </message>
    <message>
        <source>Seconds until a shown QR code closes by itself, so that no secret stays on screen.</source>
        <translation>Segundos até um código QR exibido se fechar sozinho, para que nenhum segredo fique na tela.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zar a cada:</translation>
    </message>
    <message>
        <source>Minutes between syncs with a connected tenant.</source>
        <translation>Minutos entre sincronizações com um locatário conectado.</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Somente quando solicitado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar as configurações de proxy do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Sem pro&amp;xy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP):</source>
        <translation>Proxy &amp;manual (HTTP):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
</context>
<context>
    <name>Sspr::Cli</name>
    <message>
        <source>Use the store file PATH.</source>
        <translation>Usar o arquivo de repositório PATH.</translation>
    </message>
    <message>
        <source>Use the tenant profile NAME (default: demo).</source>
        <translation>Usar o perfil de locatário NAME (padrão: demo).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Imprimir JSON legível por máquina.</translation>
    </message>
    <message>
        <source>Show help for ssprctl or for a command.</source>
        <translation>Mostrar a ajuda do ssprctl ou de um comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Usage: ssprctl [--db PATH | --profile NAME] [--json] COMMAND [ARGS]

SSPR Console from scripts: the same store and rules as the console.
Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.

Commands:
</source>
        <translation>Uso: ssprctl [--db PATH | --profile NAME] [--json] COMMAND [ARGS]

O SSPR Console para scripts: o mesmo repositório e as mesmas regras do console.
Códigos de saída: 0 sucesso, 1 falha em tempo de execução, 2 erro de uso ou de validação.

Comandos:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Opções globais:
</translation>
    </message>
    <message>
        <source>
Run &quot;ssprctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
Execute &quot;ssprctl COMMAND --help&quot; para ver as opções de um comando.
</translation>
    </message>
    <message>
        <source>Usage: ssprctl %1</source>
        <translation>Uso: ssprctl %1</translation>
    </message>
    <message>
        <source> [options]

%1
</source>
        <translation> [opções]

%1
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Opções:
</translation>
    </message>
    <message>
        <source> (see ssprctl --help)</source>
        <translation> (consulte ssprctl --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see ssprctl --help)</source>
        <translation>comando desconhecido &quot;%1&quot; (consulte ssprctl --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2 (see ssprctl %1 --help)</source>
        <translation>&quot;%1&quot; não aceita --%2 (consulte ssprctl %1 --help)</translation>
    </message>
    <message>
        <source>use either --db or --profile, not both</source>
        <translation>use --db ou --profile, não ambos</translation>
    </message>
    <message>
        <source><byte value="xd"/>Creating the demo tenant: %1 of %2 users</source>
        <translation><byte value="xd"/>Criando o locatário de demonstração: %1 de %2 usuários</translation>
    </message>
    <message>
        <source>seed takes no arguments, only --users N and --seed S</source>
        <translation>seed não aceita argumentos, apenas --users N e --seed S</translation>
    </message>
    <message>
        <source>--users must be a whole number from 1 to %1</source>
        <translation>--users deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed deve ser um número inteiro não negativo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name</source>
        <translation>&quot;%1&quot; não é um nome de perfil válido</translation>
    </message>
    <message>
        <source><byte value="xd"/>Generating users: %1 of %2</source>
        <translation><byte value="xd"/>Gerando usuários: %1 de %2</translation>
    </message>
    <message>
        <source>Seeded %1 users into %2 in %3 s (%4 MB).</source>
        <translation>%1 usuários gerados em %2 em %3 s (%4 MB).</translation>
    </message>
    <message>
        <source>db info takes no arguments</source>
        <translation>db info não aceita argumentos</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>Repositório:    %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versão do esquema: %1</translation>
    </message>
    <message>
        <source>Tenant:         %1 (%2)</source>
        <translation>Locatário:      %1 (%2)</translation>
    </message>
    <message>
        <source>Size:           %1 MB</source>
        <translation>Tamanho:        %1 MB</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Linhas por tabela:</translation>
    </message>
    <message>
        <source>Generate the deterministic demo tenant into a new store.</source>
        <translation>Gerar o locatário de demonstração determinístico em um novo repositório.</translation>
    </message>
    <message>
        <source>Number of users (default 2000).</source>
        <translation>Número de usuários (padrão 2000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same tenant.</source>
        <translation>Semente aleatória; a mesma semente gera o mesmo locatário.</translation>
    </message>
    <message>
        <source>Show the store&apos;s schema version and row counts.</source>
        <translation>Mostrar a versão do esquema e a contagem de linhas do repositório.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1</source>
        <translation>--limit deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>groups search needs the text to look for (&quot;&quot; lists the first groups)</source>
        <translation>groups search precisa do texto a procurar (&quot;&quot; lista os primeiros grupos)</translation>
    </message>
    <message>
        <source>No groups match &quot;%1&quot;.</source>
        <translation>Nenhum grupo corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>Apelido de email</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Membros diretos</translation>
    </message>
    <message>
        <source>group create needs the group&apos;s display name</source>
        <translation>group create precisa do nome de exibição do grupo</translation>
    </message>
    <message>
        <source>no mail nickname can be made from &quot;%1&quot;; give one with --mail-nickname</source>
        <translation>não é possível criar um apelido de email a partir de &quot;%1&quot;; informe um com --mail-nickname</translation>
    </message>
    <message>
        <source>--description can be at most %1 characters long</source>
        <translation>--description pode ter no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the mail nickname &quot;%1&quot; is already used by the group &quot;%2&quot;%3</source>
        <translation>o apelido de email &quot;%1&quot; já é usado pelo grupo &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>; choose one with --mail-nickname</source>
        <translation>; escolha um com --mail-nickname</translation>
    </message>
    <message>
        <source>Created the security group &quot;%1&quot; (mail nickname %2, id %3).</source>
        <translation>Grupo de segurança &quot;%1&quot; criado (apelido de email %2, ID %3).</translation>
    </message>
    <message>
        <source>group members needs the group&apos;s display name</source>
        <translation>group members precisa do nome de exibição do grupo</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot; in the store (see ssprctl groups search)</source>
        <translation>nenhum grupo chamado &quot;%1&quot; no repositório (consulte ssprctl groups search)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), nested groups included</source>
        <translation>
            <numerusform>%1: %n membro, incluindo grupos aninhados</numerusform>
            <numerusform>%1: %n membros, incluindo grupos aninhados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n direct member(s)</source>
        <translation>
            <numerusform>%1: %n membro direto</numerusform>
            <numerusform>%1: %n membros diretos</numerusform>
        </translation>
    </message>
    <message>
        <source>(through a nested group)</source>
        <translation>(por meio de um grupo aninhado)</translation>
    </message>
    <message>
        <source>Find groups whose name or mail nickname contains TEXT.</source>
        <translation>Localizar grupos cujo nome ou apelido de email contém TEXT.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>No máximo N resultados (padrão 50).</translation>
    </message>
    <message>
        <source>Names starting with TEXT come first. &quot;&quot; lists the first groups by name.</source>
        <translation>Nomes que começam com TEXT vêm primeiro. &quot;&quot; lista os primeiros grupos por nome.</translation>
    </message>
    <message>
        <source>Create a security group (as POST /groups with mailEnabled false).</source>
        <translation>Criar um grupo de segurança (como POST /groups com mailEnabled false).</translation>
    </message>
    <message>
        <source>The group&apos;s description.</source>
        <translation>A descrição do grupo.</translation>
    </message>
    <message>
        <source>The unique mail nickname (default: made from the name).</source>
        <translation>O apelido de email exclusivo (padrão: criado a partir do nome).</translation>
    </message>
    <message>
        <source>A mail nickname is unique, at most 64 ASCII characters, without spaces or any of @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,. A name, nickname or description that breaks a rule exits 2 and creates nothing.</source>
        <translation>Um apelido de email é exclusivo, tem no máximo 64 caracteres ASCII, sem espaços nem @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,. Um nome, apelido ou descrição que viole uma regra sai com 2 e não cria nada.</translation>
    </message>
    <message>
        <source>List a group&apos;s members, with --transitive also those of nested groups.</source>
        <translation>Listar os membros de um grupo; com --transitive, também os de grupos aninhados.</translation>
    </message>
    <message>
        <source>Follow nested groups to any depth.</source>
        <translation>Seguir grupos aninhados em qualquer profundidade.</translation>
    </message>
    <message>
        <source>At most N members (default: all).</source>
        <translation>No máximo N membros (padrão: todos).</translation>
    </message>
    <message>
        <source>Members are listed in a stable order, one per line (or streamed as JSON), so a group of any size can be listed. An unknown group exits 1.</source>
        <translation>Os membros são listados em ordem estável, um por linha (ou transmitidos como JSON), para que um grupo de qualquer tamanho possa ser listado. Um grupo desconhecido sai com 1.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Importando: %1 de %2 linhas</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 linhas/s</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · faltam %1 s</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to %1</source>
        <translation>--batch-size deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>--column takes ROLE=COLUMN with ROLE one of user, mobile, office, alternateMobile, alternateEmail, country; not &quot;%1&quot;</source>
        <translation>--column espera ROLE=COLUMN, com ROLE entre user, mobile, office, alternateMobile, alternateEmail, country; não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--column %1: the file has no such column (it has %2 columns)</source>
        <translation>--column %1: o arquivo não tem essa coluna (ele tem %2 colunas)</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation>Simulação de %1 (%2): nada foi alterado.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (%3), resumed: %4.</source>
        <translation>Importação nº %1 de %2 (%3), retomada: %4.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (%3): %4.</source>
        <translation>Importação nº %1 de %2 (%3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n linha: %1</numerusform>
            <numerusform>%n linhas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>If applied: %1.</source>
        <translation>Se aplicado: %1.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>Rows not imported (%1):</source>
        <translation>Linhas não importadas (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(nenhum usuário)</translation>
    </message>
    <message>
        <source>… and %1 more; --report FILE.csv writes every row.</source>
        <translation>… e mais %1; --report FILE.csv grava todas as linhas.</translation>
    </message>
    <message>
        <source>… and %1 more in the report.</source>
        <translation>… e mais %1 no relatório.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>Resume it with: ssprctl import resume %1</source>
        <translation>Retome com: ssprctl import resume %1</translation>
    </message>
    <message>
        <source>the import stopped: %1 (nothing of the failed batch was applied; resume with &quot;ssprctl import resume %2&quot;)</source>
        <translation>a importação parou: %1 (nada do lote com falha foi aplicado; retome com &quot;ssprctl import resume %2&quot;)</translation>
    </message>
    <message>
        <source>%1 takes one CSV file (- reads standard input)</source>
        <translation>%1 espera um arquivo CSV (- lê a entrada padrão)</translation>
    </message>
    <message>
        <source>--type applies to import phones only</source>
        <translation>--type se aplica apenas a import phones</translation>
    </message>
    <message>
        <source>--type must be mobile, alternateMobile or office, not &quot;%1&quot;</source>
        <translation>--type deve ser mobile, alternateMobile ou office, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--region applies to import phones only</source>
        <translation>--region se aplica apenas a import phones</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, GB or DE, not &quot;%1&quot;</source>
        <translation>--region deve ser um código de país de duas letras, como US, GB ou DE, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--existing must be skip or overwrite, not &quot;%1&quot;</source>
        <translation>--existing deve ser skip ou overwrite, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>não é possível ler a entrada padrão</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 não pode ser importado: %2</translation>
    </message>
    <message>
        <source>import #%1 of this file is unfinished and used other options; resume it with &quot;ssprctl import resume %1&quot; or cancel it with &quot;ssprctl import cancel %1&quot;</source>
        <translation>a importação nº %1 deste arquivo não foi concluída e usou outras opções; retome-a com &quot;ssprctl import resume %1&quot; ou cancele-a com &quot;ssprctl import cancel %1&quot;</translation>
    </message>
    <message>
        <source>Resuming import #%1 of this file (started %2).</source>
        <translation>Retomando a importação nº %1 deste arquivo (iniciada em %2).</translation>
    </message>
    <message>
        <source>Checking: %1 (%2 of %3)</source>
        <translation>Verificando: %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Verificando: %1</translation>
    </message>
    <message>
        <source>%1 takes one run id (see ssprctl import list)</source>
        <translation>%1 espera um ID de execução (consulte ssprctl import list)</translation>
    </message>
    <message>
        <source>%1 takes at most one run id</source>
        <translation>%1 aceita no máximo um ID de execução</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (see ssprctl import list)</source>
        <translation>&quot;%1&quot; não é um ID de execução (consulte ssprctl import list)</translation>
    </message>
    <message>
        <source>there is no unfinished import to resume (see ssprctl import list)</source>
        <translation>não há importação inacabada para retomar (consulte ssprctl import list)</translation>
    </message>
    <message>
        <source>import list takes no arguments</source>
        <translation>import list não aceita argumentos</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Nenhuma importação ainda.</translation>
    </message>
    <message>
        <source>%1 of %2 rows settled</source>
        <translation>%1 de %2 linhas concluídas</translation>
    </message>
    <message>
        <source>import #%1 is already %2</source>
        <translation>a importação nº %1 já está %2</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Não aplicado: a importação foi cancelada.</translation>
    </message>
    <message>
        <source>Import #%1 cancelled; rows not yet applied stay unapplied.</source>
        <translation>Importação nº %1 cancelada; as linhas ainda não aplicadas continuam sem aplicação.</translation>
    </message>
    <message>
        <source>Check and report every row; change nothing.</source>
        <translation>Verificar e relatar cada linha; não alterar nada.</translation>
    </message>
    <message>
        <source>Write the per-row result to FILE.csv.</source>
        <translation>Gravar o resultado de cada linha em FILE.csv.</translation>
    </message>
    <message>
        <source>A user who already has a different value: skip (default) keeps it, overwrite replaces it.</source>
        <translation>Um usuário que já tem um valor diferente: skip (padrão) o mantém, overwrite o substitui.</translation>
    </message>
    <message>
        <source>Also import numbers registered on another account or given to several users (held back by default).</source>
        <translation>Importar também números registrados em outra conta ou atribuídos a vários usuários (retidos por padrão).</translation>
    </message>
    <message>
        <source>Use COLUMN (number or header) for ROLE: user, mobile, office, alternateMobile, alternateEmail, country. Repeatable.</source>
        <translation>Usar COLUMN (número ou cabeçalho) para ROLE: user, mobile, office, alternateMobile, alternateEmail, country. Pode ser repetido.</translation>
    </message>
    <message>
        <source>Rows applied per transaction (default %1).</source>
        <translation>Linhas aplicadas por transação (padrão %1).</translation>
    </message>
    <message>
        <source>Import the phone column as this type: mobile, alternateMobile or office (default: each phone column as its own type).</source>
        <translation>Importar a coluna de telefone como este tipo: mobile, alternateMobile ou office (padrão: cada coluna de telefone como seu próprio tipo).</translation>
    </message>
    <message>
        <source>Country (e.g. US, GB) for numbers without a country code, when the row has no country and the user no usage location.</source>
        <translation>País (por exemplo, US, GB) para números sem código do país, quando a linha não tem país e o usuário não tem local de uso.</translation>
    </message>
    <message>
        <source>Every row is checked first (unknown users, invalid values, duplicates, shared numbers, Entra&apos;s rules), then the rows that pass are applied in transactions of --batch-size rows, each journaled in the store. If the run is interrupted (even by kill -9), &quot;ssprctl import resume&quot; continues where it stopped, and importing the same file again resumes its unfinished run. Exit 0 when every row succeeded (added, updated, unchanged, or kept by --existing skip), 1 when some did not, 2 when the file or the column mapping cannot be used (nothing is changed).</source>
        <translation>Cada linha é verificada primeiro (usuários desconhecidos, valores inválidos, duplicatas, números compartilhados, regras do Entra); depois, as linhas aprovadas são aplicadas em transações de --batch-size linhas, cada uma registrada no repositório. Se a execução for interrompida (até por kill -9), &quot;ssprctl import resume&quot; continua de onde parou, e importar o mesmo arquivo novamente retoma a execução inacabada. Sai com 0 quando todas as linhas tiveram êxito (adicionadas, atualizadas, inalteradas ou mantidas por --existing skip), 1 quando algumas não tiveram, 2 quando o arquivo ou o mapeamento de colunas não pode ser usado (nada é alterado).</translation>
    </message>
    <message>
        <source>Import phone methods for many users from a CSV file.</source>
        <translation>Importar métodos de telefone de muitos usuários a partir de um arquivo CSV.</translation>
    </message>
    <message>
        <source>Import the email method for many users from a CSV file.</source>
        <translation>Importar o método de email de muitos usuários a partir de um arquivo CSV.</translation>
    </message>
    <message>
        <source>Continue an interrupted import (default: the latest unfinished one).</source>
        <translation>Continuar uma importação interrompida (padrão: a mais recente não concluída).</translation>
    </message>
    <message>
        <source>Rows already applied are never applied again. Exit codes as for import phones.</source>
        <translation>Linhas já aplicadas nunca são aplicadas novamente. Códigos de saída como em import phones.</translation>
    </message>
    <message>
        <source>List the imports recorded in the store.</source>
        <translation>Listar as importações registradas no repositório.</translation>
    </message>
    <message>
        <source>The 50 newest runs: id, start, kind, state and how many rows are settled.</source>
        <translation>As 50 execuções mais recentes: ID, início, tipo, estado e quantas linhas foram concluídas.</translation>
    </message>
    <message>
        <source>Summarise an import; --report writes its rows.</source>
        <translation>Resumir uma importação; --report grava suas linhas.</translation>
    </message>
    <message>
        <source>Exit 0 when every row of the run succeeded, 1 otherwise.</source>
        <translation>Sai com 0 quando todas as linhas da execução tiveram êxito; caso contrário, 1.</translation>
    </message>
    <message>
        <source>Stop an unfinished import for good; rows not yet applied stay unapplied.</source>
        <translation>Encerrar definitivamente uma importação inacabada; as linhas ainda não aplicadas continuam sem aplicação.</translation>
    </message>
    <message>
        <source>Rows already applied stay applied; the report lists the others as cancelled.</source>
        <translation>As linhas já aplicadas continuam aplicadas; o relatório lista as demais como canceladas.</translation>
    </message>
    <message>
        <source>--issuer must not be empty</source>
        <translation>--issuer não pode estar vazio</translation>
    </message>
    <message>
        <source>totp new takes one user principal name (see ssprctl totp new --help)</source>
        <translation>totp new espera um nome UPN (consulte ssprctl totp new --help)</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 precisa de um nome de arquivo</translation>
    </message>
    <message>
        <source>give at least one of --png, --svg, --pdf or --uri, or the new secret would be lost</source>
        <translation>informe pelo menos uma das opções --png, --svg, --pdf ou --uri, ou o novo segredo seria perdido</translation>
    </message>
    <message>
        <source>there is no user %1 in the store</source>
        <translation>não há usuário %1 no repositório</translation>
    </message>
    <message>
        <source>the token could not be recorded, so no file was kept: %1</source>
        <translation>o token não pôde ser registrado, então nenhum arquivo foi mantido: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Issued token %1 to %2 (issuer &quot;%3&quot;).</source>
        <translation>Token %1 emitido para %2 (emissor &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 gravado: %2</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Segredo: %1</translation>
    </message>
    <message>
        <source>totp code takes no arguments, only options (see ssprctl totp code --help)</source>
        <translation>totp code não aceita argumentos, apenas opções (consulte ssprctl totp code --help)</translation>
    </message>
    <message>
        <source>totp code needs --secret B32 (or --secret - to read it from standard input)</source>
        <translation>totp code precisa de --secret B32 (ou --secret - para lê-lo da entrada padrão)</translation>
    </message>
    <message>
        <source>--secret is empty</source>
        <translation>--secret está vazio</translation>
    </message>
    <message>
        <source>--time must be a whole number of seconds since 1970 (Unix time)</source>
        <translation>--time deve ser um número inteiro de segundos desde 1970 (hora Unix)</translation>
    </message>
    <message>
        <source>totp batch takes no arguments, only options (see ssprctl totp batch --help)</source>
        <translation>totp batch não aceita argumentos, apenas opções (consulte ssprctl totp batch --help)</translation>
    </message>
    <message>
        <source>totp batch needs --group NAME</source>
        <translation>totp batch precisa de --group NAME</translation>
    </message>
    <message>
        <source>totp batch needs both --pdf FILE (the handouts) and --oath-csv FILE (for the Entra upload)</source>
        <translation>totp batch precisa de --pdf FILE (os folhetos) e de --oath-csv FILE (para o carregamento no Entra)</translation>
    </message>
    <message>
        <source>--pdf and --oath-csv must be different files</source>
        <translation>--pdf e --oath-csv devem ser arquivos diferentes</translation>
    </message>
    <message>
        <source>there is no group named &quot;%1&quot; in the store</source>
        <translation>não há grupo chamado &quot;%1&quot; no repositório</translation>
    </message>
    <message>
        <source>%1 groups are named &quot;%2&quot;; rename one so the name is unique</source>
        <translation>%1 grupos se chamam &quot;%2&quot;; renomeie um para que o nome seja exclusivo</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no members who can get a token</source>
        <translation>o grupo &quot;%1&quot; não tem membros que possam receber um token</translation>
    </message>
    <message>
        <source><byte value="xd"/>Writing handouts: %1 of %2</source>
        <translation><byte value="xd"/>Gravando folhetos: %1 de %2</translation>
    </message>
    <message>
        <source>the tokens could not be recorded, so no file was kept: %1</source>
        <translation>os tokens não puderam ser registrados, então nenhum arquivo foi mantido: %1</translation>
    </message>
    <message>
        <source>Members of &quot;%1&quot; given a token (issuer &quot;%2&quot;): %3</source>
        <translation>Membros de &quot;%1&quot; que receberam um token (emissor &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>Guest accounts left out (Entra OATH tokens are not for guests): %1</source>
        <translation>Contas de convidado deixadas de fora (tokens OATH do Entra não são para convidados): %1</translation>
    </message>
    <message>
        <source>Wrote PDF: %1</source>
        <translation>PDF gravado: %1</translation>
    </message>
    <message>
        <source>Wrote OATH CSV: %1</source>
        <translation>CSV OATH gravado: %1</translation>
    </message>
    <message>
        <source>Issuer the authenticator app shows (default: the tenant name).</source>
        <translation>Emissor que o aplicativo autenticador mostra (padrão: o nome do locatário).</translation>
    </message>
    <message>
        <source>Code length: 6 (default) or 8.</source>
        <translation>Comprimento do código: 6 (padrão) ou 8.</translation>
    </message>
    <message>
        <source>Seconds per code: 30 (default) or 60.</source>
        <translation>Segundos por código: 30 (padrão) ou 60.</translation>
    </message>
    <message>
        <source>HMAC hash: SHA1 (default), SHA256 or SHA512.</source>
        <translation>Hash HMAC: SHA1 (padrão), SHA256 ou SHA512.</translation>
    </message>
    <message>
        <source>Also print the key in clear on PDF handouts, for manual entry.</source>
        <translation>Imprimir também a chave em texto claro nos folhetos PDF, para entrada manual.</translation>
    </message>
    <message>
        <source>Write the PDF handout to FILE.</source>
        <translation>Gravar o folheto PDF em FILE.</translation>
    </message>
    <message>
        <source>Issue a new authenticator (TOTP) key to a user: QR code as PNG, SVG or PDF handout.</source>
        <translation>Emitir uma nova chave de autenticador (TOTP) para um usuário: código QR em PNG, SVG ou folheto PDF.</translation>
    </message>
    <message>
        <source>Write the QR code as a PNG image to FILE.</source>
        <translation>Gravar o código QR como imagem PNG em FILE.</translation>
    </message>
    <message>
        <source>Write the QR code as an SVG image to FILE.</source>
        <translation>Gravar o código QR como imagem SVG em FILE.</translation>
    </message>
    <message>
        <source>Print the secret and the otpauth:// URI (they grant access).</source>
        <translation>Imprimir o segredo e o URI otpauth:// (eles concedem acesso).</translation>
    </message>
    <message>
        <source>Print the current (or --time) code of a Base32 secret.</source>
        <translation>Imprimir o código atual (ou o de --time) de um segredo Base32.</translation>
    </message>
    <message>
        <source>The Base32 secret, or - to read it from standard input.</source>
        <translation>O segredo Base32, ou - para lê-lo da entrada padrão.</translation>
    </message>
    <message>
        <source>Unix time to compute the code for (default: now).</source>
        <translation>Hora Unix para a qual o código é calculado (padrão: agora).</translation>
    </message>
    <message>
        <source>Issue keys to every member of a group (nested groups included): one PDF page per user and the Entra hardware-OATH CSV.</source>
        <translation>Emitir chaves para cada membro de um grupo (incluindo grupos aninhados): uma página PDF por usuário e o CSV de OATH de hardware do Entra.</translation>
    </message>
    <message>
        <source>The group&apos;s display name.</source>
        <translation>O nome de exibição do grupo.</translation>
    </message>
    <message>
        <source>Write the handouts (one page per user) to FILE.</source>
        <translation>Gravar os folhetos (uma página por usuário) em FILE.</translation>
    </message>
    <message>
        <source>Write the Entra OATH token CSV to FILE.</source>
        <translation>Gravar o CSV de tokens OATH do Entra em FILE.</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the store (see ssprctl users search)</source>
        <translation>nenhum usuário &quot;%1&quot; no repositório (consulte ssprctl users search)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Can reset password: %1</source>
        <translation>Pode redefinir a senha: %1</translation>
    </message>
    <message>
        <source>(administrator policy: two methods, no security questions)</source>
        <translation>(política de administrador: dois métodos, sem perguntas de segurança)</translation>
    </message>
    <message>
        <source>users search needs the text to look for (&quot;&quot; lists the first users)</source>
        <translation>users search precisa do texto a procurar (&quot;&quot; lista os primeiros usuários)</translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.</source>
        <translation>Nenhum usuário corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown.</source>
        <translation>
            <numerusform>%1 de %n usuário mostrado.</numerusform>
            <numerusform>%1 de %n usuários mostrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>user show takes one user principal name</source>
        <translation>user show espera um nome UPN</translation>
    </message>
    <message>
        <source>Contact data on the user object, not authentication methods.</source>
        <translation>Dados de contato no objeto de usuário, não métodos de autenticação.</translation>
    </message>
    <message>
        <source>Object id:</source>
        <translation>ID do objeto:</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Usage location:</source>
        <translation>Local de uso:</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desabilitada</translation>
    </message>
    <message>
        <source>synced from on-premises</source>
        <translation>sincronizada do local</translation>
    </message>
    <message>
        <source>cloud-only</source>
        <translation>somente nuvem</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Funções de administrador:</translation>
    </message>
    <message>
        <source>Authentication methods:</source>
        <translation>Métodos de autenticação:</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(nenhum registrado)</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>utilizável</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>não utilizável</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>shared number: also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>número compartilhado: também registrado em %n outra conta: %1</numerusform>
            <numerusform>número compartilhado: também registrado em %n outras contas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile contact data (on the user object; not authentication methods):</source>
        <translation>Dados de contato do perfil (no objeto de usuário; não são métodos de autenticação):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Group memberships:</source>
        <translation>Associações a grupos:</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direta</translation>
    </message>
    <message>
        <source>inherited through %1</source>
        <translation>herdada por meio de %1</translation>
    </message>
    <message>
        <source>user add-phone takes a user principal name and a phone number</source>
        <translation>user add-phone espera um nome UPN e um número de telefone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number Entra accepts: %2</source>
        <translation>&quot;%1&quot; não é um número de telefone que o Entra aceita: %2</translation>
    </message>
    <message>
        <source>Added %1 %2 to %3.</source>
        <translation>%1 %2 adicionado a %3.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this number is also registered on %n other account(s): %1</source>
        <translation>
            <numerusform>Observação: este número também está registrado em %n outra conta: %1</numerusform>
            <numerusform>Observação: este número também está registrado em %n outras contas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>user add-email takes a user principal name and an email address</source>
        <translation>user add-email espera um nome UPN e um endereço de email</translation>
    </message>
    <message>
        <source>Added email method %1 to %2.</source>
        <translation>Método de email %1 adicionado a %2.</translation>
    </message>
    <message>
        <source>user remove-method takes a user principal name and a method id or kind</source>
        <translation>user remove-method espera um nome UPN e um ID ou tipo de método</translation>
    </message>
    <message>
        <source>%1 methods have an id per registration: give the id shown by &quot;ssprctl user show %2&quot;</source>
        <translation>os métodos %1 têm um ID por registro: informe o ID mostrado por &quot;ssprctl user show %2&quot;</translation>
    </message>
    <message>
        <source>%1 has no method &quot;%2&quot; (see ssprctl user show %1)</source>
        <translation>%1 não tem o método &quot;%2&quot; (consulte ssprctl user show %1)</translation>
    </message>
    <message>
        <source>Removed %1 %2 from %3.</source>
        <translation>%1 %2 removido de %3.</translation>
    </message>
    <message>
        <source>user can-reset takes one user principal name</source>
        <translation>user can-reset espera um nome UPN</translation>
    </message>
    <message>
        <source>Find users by name, UPN, mail or phone digits.</source>
        <translation>Localizar usuários por nome, UPN, email ou dígitos de telefone.</translation>
    </message>
    <message>
        <source>Words match the start of a word of the name, UPN or mail; four or more digits match anywhere in a phone number, whatever its punctuation. &quot;&quot; lists the first users by name.</source>
        <translation>Palavras correspondem ao início de uma palavra do nome, UPN ou email; quatro ou mais dígitos correspondem a qualquer parte de um número de telefone, seja qual for a pontuação. &quot;&quot; lista os primeiros usuários por nome.</translation>
    </message>
    <message>
        <source>Show a user: methods, profile contact data, groups and the reset verdict.</source>
        <translation>Mostrar um usuário: métodos, dados de contato do perfil, grupos e o veredito de redefinição.</translation>
    </message>
    <message>
        <source>Exit 1 if there is no such user.</source>
        <translation>Sai com 1 se esse usuário não existir.</translation>
    </message>
    <message>
        <source>Register a phone method (normalised to Graph&apos;s +CC NUMBER form).</source>
        <translation>Registrar um método de telefone (normalizado para a forma +CC NUMBER do Graph).</translation>
    </message>
    <message>
        <source>Phone type: mobile (default), alternateMobile or office.</source>
        <translation>Tipo de telefone: mobile (padrão), alternateMobile ou office.</translation>
    </message>
    <message>
        <source>Country (e.g. US, GB) for a number without a country code (default: the user&apos;s usage location).</source>
        <translation>País (por exemplo, US, GB) para um número sem código do país (padrão: o local de uso do usuário).</translation>
    </message>
    <message>
        <source>Entra&apos;s rules apply: one phone of each type, an alternate mobile needs a mobile, an extension only on an office phone. A number that cannot be read, or a rule it breaks, exits 2 with the reason and changes nothing; an unknown user exits 1.</source>
        <translation>Aplicam-se as regras do Entra: um telefone de cada tipo, um celular alternativo exige um celular, ramal apenas em telefone comercial. Um número que não pode ser lido, ou que viole uma regra, sai com 2 e o motivo e não altera nada; um usuário desconhecido sai com 1.</translation>
    </message>
    <message>
        <source>Register the email method (used only for password reset).</source>
        <translation>Registrar o método de email (usado apenas para redefinição de senha).</translation>
    </message>
    <message>
        <source>One email method per user; an invalid address or a second one exits 2.</source>
        <translation>Um método de email por usuário; um endereço inválido ou um segundo sai com 2.</translation>
    </message>
    <message>
        <source>Delete a method by id, or by kind for mobile, alternateMobile, office and email.</source>
        <translation>Excluir um método por ID, ou por tipo para mobile, alternateMobile, office e email.</translation>
    </message>
    <message>
        <source>Ids are shown by &quot;ssprctl user show UPN&quot;. The password cannot be deleted, nor the mobile phone while an alternate mobile phone exists (exit 2); a method the user does not have exits 1.</source>
        <translation>Os IDs são mostrados por &quot;ssprctl user show UPN&quot;. A senha não pode ser excluída, nem o celular enquanto houver um celular alternativo (sai com 2); um método que o usuário não tem sai com 1.</translation>
    </message>
    <message>
        <source>Can this user reset their password, and if not, why? (exit 0 either way)</source>
        <translation>Este usuário pode redefinir a senha e, se não puder, por quê? (sai com 0 em ambos os casos)</translation>
    </message>
    <message>
        <source>The verdict under the stored policy, with the reasons traced to the settings that decide it.</source>
        <translation>O veredito sob a política armazenada, com os motivos ligados às configurações que o decidem.</translation>
    </message>
    <message>
        <source>Connect a profile first: ssprctl connect --profile NAME --tenant T --client-id C</source>
        <translation>conecte um perfil primeiro: ssprctl connect --profile NAME --tenant T --client-id C</translation>
    </message>
    <message>
        <source>To sign in, open this page in a web browser: %1</source>
        <translation>Para entrar, abra esta página em um navegador da Web: %1</translation>
    </message>
    <message>
        <source>No browser could be opened here: open the page on this computer (the sign-in returns to it), or use --auth device-code.</source>
        <translation>Nenhum navegador pode ser aberto aqui: abra a página neste computador (a entrada retorna para ele) ou use --auth device-code.</translation>
    </message>
    <message>
        <source>connect takes no arguments, only options (see ssprctl connect --help)</source>
        <translation>connect não aceita argumentos, apenas opções (consulte ssprctl connect --help)</translation>
    </message>
    <message>
        <source>connect creates a named profile: use --profile NAME, not --db</source>
        <translation>connect cria um perfil nomeado: use --profile NAME, não --db</translation>
    </message>
    <message>
        <source>connect needs --profile NAME, the name of the tenant profile to create</source>
        <translation>connect precisa de --profile NAME, o nome do perfil de locatário a criar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; não é um nome de perfil válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the demo tenant&apos;s profile: choose another name</source>
        <translation>&quot;%1&quot; é o perfil do locatário de demonstração: escolha outro nome</translation>
    </message>
    <message>
        <source>connect needs --tenant (tenant id or domain) and --client-id (the app registration&apos;s application id)</source>
        <translation>connect precisa de --tenant (ID ou domínio do locatário) e --client-id (o ID do aplicativo do registro de aplicativo)</translation>
    </message>
    <message>
        <source>cannot read the certificate file %1</source>
        <translation>não é possível ler o arquivo de certificado %1</translation>
    </message>
    <message>
        <source>--secret-stdin is for client-secret and certificate sign-in only</source>
        <translation>--secret-stdin serve apenas para entrar com segredo do cliente ou certificado</translation>
    </message>
    <message>
        <source>client-secret sign-in needs the secret on standard input with --secret-stdin, or in the SSPR_CLIENT_SECRET environment variable</source>
        <translation>a entrada com segredo do cliente precisa do segredo na entrada padrão com --secret-stdin, ou na variável de ambiente SSPR_CLIENT_SECRET</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; holds local data, not a Graph connection: choose another name</source>
        <translation>o perfil &quot;%1&quot; contém dados locais, não uma conexão do Graph: escolha outro nome</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Para entrar, abra %1 e insira o código %2</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>falha ao entrar: %1</translation>
    </message>
    <message>
        <source>signed in, but Graph refused the first request: %1</source>
        <translation>entrada realizada, mas o Graph recusou a primeira solicitação: %1</translation>
    </message>
    <message>
        <source>Connected profile &quot;%1&quot; to %2 (%3) with %4 sign-in.</source>
        <translation>Perfil &quot;%1&quot; conectado a %2 (%3) com entrada por %4.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Repositório: %1</translation>
    </message>
    <message>
        <source>Secrets are in the system keychain; remove them with: ssprctl disconnect --profile %1</source>
        <translation>Os segredos estão no chaveiro do sistema; remova-os com: ssprctl disconnect --profile %1</translation>
    </message>
    <message>
        <source>disconnect takes no arguments (see ssprctl disconnect --help)</source>
        <translation>disconnect não aceita argumentos (consulte ssprctl disconnect --help)</translation>
    </message>
    <message>
        <source>disconnect needs --profile NAME</source>
        <translation>disconnect precisa de --profile NAME</translation>
    </message>
    <message>
        <source>signed out, but the store %1 could not be deleted</source>
        <translation>saída da conta realizada, mas não foi possível excluir o repositório %1</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;: its secrets were removed from the keychain.</source>
        <translation>Você saiu de &quot;%1&quot;: os segredos dele foram removidos do chaveiro.</translation>
    </message>
    <message>
        <source>Deleted the store %1.</source>
        <translation>Repositório %1 excluído.</translation>
    </message>
    <message>
        <source>The store was kept: %1</source>
        <translation>O repositório foi mantido: %1</translation>
    </message>
    <message>
        <source>profiles takes no arguments</source>
        <translation>profiles não aceita argumentos</translation>
    </message>
    <message>
        <source>No profiles yet. The demo profile is created on first use; connect a tenant with: ssprctl connect --profile NAME --tenant T --client-id C</source>
        <translation>Nenhum perfil ainda. O perfil de demonstração é criado no primeiro uso; conecte um locatário com: ssprctl connect --profile NAME --tenant T --client-id C</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami não aceita argumentos</translation>
    </message>
    <message>
        <source>Profile:   %1</source>
        <translation>Perfil:    %1</translation>
    </message>
    <message>
        <source>Tenant:    %1 (%2)</source>
        <translation>Locatário: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign-in:   %1, client id %2</source>
        <translation>Entrada:   %1, ID do cliente %2</translation>
    </message>
    <message>
        <source>Graph:     %1 (%2 cloud)</source>
        <translation>Graph:     %1 (nuvem %2)</translation>
    </message>
    <message>
        <source>Connect a new tenant profile to Microsoft Graph and sign in.</source>
        <translation>Conectar um novo perfil de locatário ao Microsoft Graph e entrar.</translation>
    </message>
    <message>
        <source>Directory (tenant) id or verified domain.</source>
        <translation>ID do diretório (locatário) ou domínio verificado.</translation>
    </message>
    <message>
        <source>Application (client) id of the app registration.</source>
        <translation>ID do aplicativo (cliente) do registro de aplicativo.</translation>
    </message>
    <message>
        <source>global (default), usgov, usgovdod or china.</source>
        <translation>global (padrão), usgov, usgovdod ou china.</translation>
    </message>
    <message>
        <source>browser (default), device-code, client-secret or certificate.</source>
        <translation>browser (padrão), device-code, client-secret ou certificate.</translation>
    </message>
    <message>
        <source>Certificate with private key (PFX/P12 or PEM) for certificate sign-in.</source>
        <translation>Certificado com chave privada (PFX/P12 ou PEM) para entrar com certificado.</translation>
    </message>
    <message>
        <source>Read the client secret (or certificate password) from standard input; else from SSPR_CLIENT_SECRET (SSPR_CERTIFICATE_PASSWORD).</source>
        <translation>Ler o segredo do cliente (ou a senha do certificado) da entrada padrão; senão, de SSPR_CLIENT_SECRET (SSPR_CERTIFICATE_PASSWORD).</translation>
    </message>
    <message>
        <source>Graph root instead of the cloud&apos;s (https, or http on loopback).</source>
        <translation>Raiz do Graph em vez da raiz da nuvem (https, ou http em loopback).</translation>
    </message>
    <message>
        <source>Sign-in authority instead of the cloud&apos;s (https, or http on loopback).</source>
        <translation>Autoridade de entrada em vez da autoridade da nuvem (https, ou http em loopback).</translation>
    </message>
    <message>
        <source>Print the sign-in page instead of opening a browser.</source>
        <translation>Imprimir a página de entrada em vez de abrir um navegador.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line and are kept only in the system keychain.</source>
        <translation>Os segredos nunca são obtidos da linha de comando e são mantidos apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Sign a tenant profile out: remove its secrets from the keychain.</source>
        <translation>Sair da conta de um perfil de locatário: remover os segredos dele do chaveiro.</translation>
    </message>
    <message>
        <source>Also delete the profile&apos;s store file.</source>
        <translation>Excluir também o arquivo de repositório do perfil.</translation>
    </message>
    <message>
        <source>List the tenant profiles (* marks the console&apos;s active one).</source>
        <translation>Listar os perfis de locatário (* marca o perfil ativo do console).</translation>
    </message>
    <message>
        <source>Sign in with the profile&apos;s saved credentials and show the tenant Graph reports.</source>
        <translation>Entrar com as credenciais salvas do perfil e mostrar o locatário que o Graph informa.</translation>
    </message>
    <message>
        <source>%1 needs one outbox item id (see ssprctl outbox list)</source>
        <translation>%1 precisa de um ID de item da caixa de saída (consulte ssprctl outbox list)</translation>
    </message>
    <message>
        <source>outbox list takes no arguments (filter with --state)</source>
        <translation>outbox list não aceita argumentos (filtre com --state)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (one or more of %2, comma-separated)</source>
        <translation>estado desconhecido &quot;%1&quot; (um ou mais de %2, separados por vírgula)</translation>
    </message>
    <message>
        <source>Pending %1, sending %2, failed %3, conflicts %4, done %5, discarded %6</source>
        <translation>Pendentes %1, enviando %2, com falha %3, conflitos %4, concluídos %5, descartados %6</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>give either an item id or --all-failed, not both</source>
        <translation>informe um ID de item ou --all-failed, não ambos</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again.</source>
        <translation>
            <numerusform>%n item com falha será enviado novamente.</numerusform>
            <numerusform>%n itens com falha serão enviados novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no outbox item %1</source>
        <translation>não há item %1 na caixa de saída</translation>
    </message>
    <message>
        <source>outbox item %1 is %2: only failed items and conflicts can be retried</source>
        <translation>o item %1 da caixa de saída está no estado %2: somente itens com falha e conflitos podem ser repetidos</translation>
    </message>
    <message>
        <source>Item %1 will be sent again and will overwrite the tenant&apos;s value.</source>
        <translation>O item %1 será enviado novamente e substituirá o valor do locatário.</translation>
    </message>
    <message>
        <source>Item %1 will be sent again.</source>
        <translation>O item %1 será enviado novamente.</translation>
    </message>
    <message>
        <source>outbox item %1 is %2: only pending, failed and conflicting items can be discarded</source>
        <translation>o item %1 da caixa de saída está no estado %2: somente itens pendentes, com falha e em conflito podem ser descartados</translation>
    </message>
    <message>
        <source>Item %1 discarded; this profile shows the tenant&apos;s value again.</source>
        <translation>Item %1 descartado; este perfil mostra novamente o valor do locatário.</translation>
    </message>
    <message>
        <source>outbox push takes no arguments</source>
        <translation>outbox push não aceita argumentos</translation>
    </message>
    <message>
        <source>this profile is local: its changes are already in the store and nothing is sent (connect a tenant with ssprctl connect)</source>
        <translation>este perfil é local: as alterações dele já estão no repositório e nada é enviado (conecte um locatário com ssprctl connect)</translation>
    </message>
    <message>
        <source>Outbox: %1 done, %2 failed, %3 conflicts, %4 left; %5 requests</source>
        <translation>Caixa de saída: %1 concluídos, %2 com falha, %3 conflitos, %4 restantes; %5 solicitações</translation>
    </message>
    <message>
        <source>Temporary Access Pass for %1 (item %2): %3</source>
        <translation>Passe de Acesso Temporário para %1 (item %2): %3</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 conflicts, %4 not answered (still pending); %5 HTTP requests.</source>
        <translation>%1 enviados, %2 com falha, %3 conflitos, %4 sem resposta (ainda pendentes); %5 solicitações HTTP.</translation>
    </message>
    <message>
        <source>some changes were not applied; see ssprctl outbox list --state failed,conflict,pending</source>
        <translation>algumas alterações não foram aplicadas; consulte ssprctl outbox list --state failed,conflict,pending</translation>
    </message>
    <message>
        <source>List the changes bound for the tenant and their state.</source>
        <translation>Listar as alterações destinadas ao locatário e o estado delas.</translation>
    </message>
    <message>
        <source>Only items in state S: pending, sending, done, failed, conflict, discarded (comma-separated).</source>
        <translation>Somente itens no estado S: pending, sending, done, failed, conflict, discarded (separados por vírgula).</translation>
    </message>
    <message>
        <source>Oldest first; a failed item or a conflict shows the reason under it (a conflict shows both the tenant&apos;s value and ours).</source>
        <translation>Mais antigos primeiro; um item com falha ou um conflito mostra o motivo abaixo dele (um conflito mostra o valor do locatário e o nosso).</translation>
    </message>
    <message>
        <source>Send a failed item again; a conflict is sent again to overwrite the tenant&apos;s value.</source>
        <translation>Enviar novamente um item com falha; um conflito é enviado novamente para substituir o valor do locatário.</translation>
    </message>
    <message>
        <source>Retry every failed item (not the conflicts).</source>
        <translation>Repetir todos os itens com falha (não os conflitos).</translation>
    </message>
    <message>
        <source>The item goes back to pending; run ssprctl outbox push (or let the console send it).</source>
        <translation>O item volta a ficar pendente; execute ssprctl outbox push (ou deixe o console enviá-lo).</translation>
    </message>
    <message>
        <source>Drop a pending, failed or conflicting change and put this profile back to the tenant&apos;s value.</source>
        <translation>Descartar uma alteração pendente, com falha ou em conflito e fazer este perfil voltar ao valor do locatário.</translation>
    </message>
    <message>
        <source>Send the outbox to the tenant until nothing is left to send; progress on stderr.</source>
        <translation>Enviar a caixa de saída ao locatário até não restar nada a enviar; progresso em stderr.</translation>
    </message>
    <message>
        <source>Independent changes go together in $batch requests, paced under the tenant&apos;s write quota. Exits 1 when a change failed, is in conflict or got no answer.</source>
        <translation>Alterações independentes vão juntas em solicitações $batch, no ritmo da cota de gravação do locatário. Sai com 1 quando uma alteração falhou, está em conflito ou não obteve resposta.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n requests)</source>
        <translation>
            <numerusform> (%n solicitação)</numerusform>
            <numerusform> (%n solicitações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Users (full): %1 added, %2 updated, %3 removed</source>
        <translation>Usuários (completo): %1 adicionados, %2 atualizados, %3 removidos</translation>
    </message>
    <message>
        <source>Users: %1 added, %2 updated, %3 removed</source>
        <translation>Usuários: %1 adicionados, %2 atualizados, %3 removidos</translation>
    </message>
    <message>
        <source>Groups (full): %1 added, %2 updated, %3 removed</source>
        <translation>Grupos (completo): %1 adicionados, %2 atualizados, %3 removidos</translation>
    </message>
    <message>
        <source>Groups: %1 added, %2 updated, %3 removed</source>
        <translation>Grupos: %1 adicionados, %2 atualizados, %3 removidos</translation>
    </message>
    <message>
        <source>Memberships: %1 added, %2 removed</source>
        <translation>Associações: %1 adicionadas, %2 removidas</translation>
    </message>
    <message>
        <source>Policy: read</source>
        <translation>Política: lida</translation>
    </message>
    <message>
        <source>Registration report: %1 users</source>
        <translation>Relatório de registro: %1 usuários</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sync takes no arguments (see ssprctl sync --help)</source>
        <translation>sync não aceita argumentos (consulte ssprctl sync --help)</translation>
    </message>
    <message>
        <source>Methods: %1 users read, %2 failed</source>
        <translation>Métodos: %1 usuários lidos, %2 com falha</translation>
    </message>
    <message>
        <source>the sync was cancelled; run it again to resume</source>
        <translation>a sincronização foi cancelada; execute-a novamente para retomar</translation>
    </message>
    <message>
        <source>the sync stopped: %1 (run it again to resume)</source>
        <translation>a sincronização parou: %1 (execute-a novamente para retomar)</translation>
    </message>
    <message>
        <source>Sync the profile&apos;s tenant from Microsoft Graph into the store</source>
        <translation>Sincronizar o locatário do perfil do Microsoft Graph para o repositório</translation>
    </message>
    <message>
        <source>Read everything again instead of the changes since the last sync.</source>
        <translation>Ler tudo novamente em vez das alterações desde a última sincronização.</translation>
    </message>
    <message>
        <source>Also read every user&apos;s registered authentication methods.</source>
        <translation>Ler também os métodos de autenticação registrados de cada usuário.</translation>
    </message>
    <message>
        <source>Reads users, groups and memberships (changes only, after the first sync), the authentication methods policy and the registration report. An interrupted sync resumes where it stopped. Progress goes to stderr, the summary to stdout.</source>
        <translation>Lê usuários, grupos e associações (somente alterações, após a primeira sincronização), a política de métodos de autenticação e o relatório de registro. Uma sincronização interrompida é retomada de onde parou. O progresso vai para stderr, o resumo para stdout.</translation>
    </message>
</context>
<context>
    <name>Sspr::Cli::PolicyCommands</name>
    <message>
        <source>give at least one KEY=VALUE (see ssprctl policy set --help)</source>
        <translation>informe pelo menos um KEY=VALUE (consulte ssprctl policy set --help)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>policy show takes no arguments</source>
        <translation>policy show não aceita argumentos</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>também: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The policy follows every rule.</source>
        <translation>A política segue todas as regras.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 0 to 100000</source>
        <translation>--limit deve ser um número inteiro de 0 a 100000</translation>
    </message>
    <message>
        <source>--csv needs --category loseReset|forcedToRegister|inScopeWithoutMethods</source>
        <translation>--csv precisa de --category loseReset|forcedToRegister|inScopeWithoutMethods</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>(%1 users considered in %2 ms; nothing was changed)</source>
        <translation>(%1 usuários considerados em %2 ms; nada foi alterado)</translation>
    </message>
    <message>
        <source>Show the Password reset policy (--json: the portal&apos;s shape).</source>
        <translation>Mostrar a política de redefinição de senha (--json: no formato do portal).</translation>
    </message>
    <message>
        <source>Change settings; a rule violation exits 2 and changes nothing.</source>
        <translation>Alterar configurações; uma violação de regra sai com 2 e não altera nada.</translation>
    </message>
    <message>
        <source>Keys (named after the portal&apos;s payload):
</source>
        <translation>Chaves (com os nomes do payload do portal):
</translation>
    </message>
    <message>
        <source>Check the stored policy (or it with changes applied) against every rule; exit 2 on errors.</source>
        <translation>Verificar a política armazenada (ou ela com as alterações aplicadas) em relação a todas as regras; sai com 2 em caso de erros.</translation>
    </message>
    <message>
        <source>Preview who a change would affect, without changing anything.</source>
        <translation>Visualizar quem uma alteração afetaria, sem alterar nada.</translation>
    </message>
    <message>
        <source>Users listed per category (default 20).</source>
        <translation>Usuários listados por categoria (padrão 20).</translation>
    </message>
    <message>
        <source>The category --csv exports.</source>
        <translation>A categoria que --csv exporta.</translation>
    </message>
    <message>
        <source>Export every user of --category to FILE.</source>
        <translation>Exportar todos os usuários de --category para FILE.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::AuthMethod</name>
    <message>
        <source>Mobile phone</source>
        <translation>Telefone celular</translation>
    </message>
    <message>
        <source>Alternate mobile phone</source>
        <translation>Telefone celular alternativo</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation>Microsoft Authenticator</translation>
    </message>
    <message>
        <source>Software OATH token</source>
        <translation>Token OATH de software</translation>
    </message>
    <message>
        <source>Hardware OATH token</source>
        <translation>Token OATH de hardware</translation>
    </message>
    <message>
        <source>FIDO2 security key</source>
        <translation>Chave de segurança FIDO2</translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation>Windows Hello para Empresas</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::AuthMethodsPolicy</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Chamada de voz</translation>
    </message>
    <message>
        <source>Email OTP</source>
        <translation>OTP por email</translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation>Microsoft Authenticator</translation>
    </message>
    <message>
        <source>Third-party software OATH tokens</source>
        <translation>Tokens OATH de software de terceiros</translation>
    </message>
    <message>
        <source>Hardware OATH tokens</source>
        <translation>Tokens OATH de hardware</translation>
    </message>
    <message>
        <source>Passkey (FIDO2)</source>
        <translation>Chave de acesso (FIDO2)</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>Certificate-based authentication</source>
        <translation>Autenticação baseada em certificado</translation>
    </message>
    <message>
        <source>%1: invalid %2 %3, expected %4.</source>
        <translation>%1: %2 %3 inválido; esperado %4.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>uma matriz de objetos</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>%1: a target has no group id. Pick a group or remove the target.</source>
        <translation>%1: um destino não tem ID de grupo. Escolha um grupo ou remova o destino.</translation>
    </message>
    <message>
        <source>%1: the group %2 is targeted twice. Remove one of the two targets.</source>
        <translation>%1: o grupo %2 é destino duas vezes. Remova um dos dois destinos.</translation>
    </message>
    <message>
        <source>%1: an exclusion has no group id. Pick a group or remove the exclusion.</source>
        <translation>%1: uma exclusão não tem ID de grupo. Escolha um grupo ou remova a exclusão.</translation>
    </message>
    <message>
        <source>%1: all users cannot be excluded. To turn the method off for everyone, disable it instead.</source>
        <translation>%1: não é possível excluir todos os usuários. Para desativar o método para todos, desabilite-o.</translation>
    </message>
    <message>
        <source>%1: the group %2 is excluded twice. Remove one of the two exclusions.</source>
        <translation>%1: o grupo %2 é excluído duas vezes. Remova uma das duas exclusões.</translation>
    </message>
    <message>
        <source>%1: the group %2 is both included and excluded; the exclusion wins, so the inclusion does nothing.</source>
        <translation>%1: o grupo %2 está incluído e excluído; a exclusão prevalece, então a inclusão não tem efeito.</translation>
    </message>
    <message>
        <source>Pre-migration</source>
        <translation>Pré-migração</translation>
    </message>
    <message>
        <source>Migration in progress</source>
        <translation>Migração em andamento</translation>
    </message>
    <message>
        <source>Migration complete</source>
        <translation>Migração concluída</translation>
    </message>
    <message>
        <source>%1: targeting individual users is no longer supported. Put the user %2 in a group and target the group.</source>
        <translation>%1: não há mais suporte para usuários individuais como destino. Coloque o usuário %2 em um grupo e defina o grupo como destino.</translation>
    </message>
    <message>
        <source>%1: authentication mode &quot;%2&quot; is not one of any, push or deviceBasedPush.</source>
        <translation>%1: o modo de autenticação &quot;%2&quot; não é any, push nem deviceBasedPush.</translation>
    </message>
    <message>
        <source>%1 is enabled but targets nobody. Target all users or a group, or disable the method.</source>
        <translation>%1 está habilitado, mas não tem destino. Defina todos os usuários ou um grupo como destino, ou desabilite o método.</translation>
    </message>
    <message>
        <source>Email OTP cannot be disabled while external users may use it. Turn off &quot;Allow external users to use email OTP&quot; first.</source>
        <translation>O OTP por email não pode ser desabilitado enquanto usuários externos puderem usá-lo. Desative primeiro &quot;Permitir que usuários externos usem OTP por email&quot;.</translation>
    </message>
    <message>
        <source>Temporary Access Pass lifetimes must be between %1 and %2 minutes (30 days); %3 is %4.</source>
        <translation>As durações do Passe de Acesso Temporário devem estar entre %1 e %2 minutos (30 dias); %3 é %4.</translation>
    </message>
    <message>
        <source>The Temporary Access Pass lifetimes must satisfy minimum &lt;= default &lt;= maximum (now %1, %2, %3 minutes).</source>
        <translation>As durações do Passe de Acesso Temporário devem satisfazer mínimo &lt;= padrão &lt;= máximo (agora %1, %2, %3 minutos).</translation>
    </message>
    <message>
        <source>The Temporary Access Pass length must be between %1 and %2 characters, not %3.</source>
        <translation>O comprimento do Passe de Acesso Temporário deve estar entre %1 e %2 caracteres, não %3.</translation>
    </message>
    <message>
        <source>Unknown authentication method configuration (id %1, @odata.type %2).</source>
        <translation>Configuração de método de autenticação desconhecida (ID %1, @odata.type %2).</translation>
    </message>
    <message>
        <source>The configuration id %1 does not match its @odata.type %2.</source>
        <translation>O ID de configuração %1 não corresponde ao seu @odata.type %2.</translation>
    </message>
    <message>
        <source>The policy holds two configurations for %1; keep one.</source>
        <translation>A política contém duas configurações para %1; mantenha uma.</translation>
    </message>
    <message>
        <source>Days allowed to snooze must be between 0 and %1, not %2.</source>
        <translation>Os dias permitidos para adiar devem estar entre 0 e %1, não %2.</translation>
    </message>
    <message>
        <source>Every registration campaign target needs the method to register, such as microsoftAuthenticator.</source>
        <translation>Cada destino da campanha de registro precisa do método a registrar, como microsoftAuthenticator.</translation>
    </message>
    <message>
        <source>The registration campaign targets &quot;%1&quot;; Graph documents microsoftAuthenticator (and fido2 in beta) only.</source>
        <translation>A campanha de registro tem &quot;%1&quot; como destino; o Graph documenta apenas microsoftAuthenticator (e fido2 em beta).</translation>
    </message>
    <message>
        <source>The registration campaign is enabled but targets nobody. Target all users or a group.</source>
        <translation>A campanha de registro está habilitada, mas não tem destino. Defina todos os usuários ou um grupo como destino.</translation>
    </message>
    <message>
        <source>The policy is about %1 KB; Entra refuses policies over about 20 KB. Target fewer groups.</source>
        <translation>A política tem cerca de %1 KB; o Entra recusa políticas acima de cerca de 20 KB. Defina menos grupos como destino.</translation>
    </message>
    <message>
        <source>Microsoft Authenticator (with Authenticator OTP allowed) and software OATH tokens</source>
        <translation>Microsoft Authenticator (com OTP do Authenticator permitido) e tokens OATH de software</translation>
    </message>
    <message>
        <source>SMS and voice call</source>
        <translation>SMS e chamada de voz</translation>
    </message>
    <message>
        <source>Voice call with office phone allowed</source>
        <translation>Chamada de voz com telefone comercial permitido</translation>
    </message>
    <message>
        <source>No equivalent: security questions stay in the password reset policy</source>
        <translation>Sem equivalente: as perguntas de segurança permanecem na política de redefinição de senha</translation>
    </message>
    <message>
        <source>This tenant started its migration in &quot;%1&quot; and can&apos;t go back to &quot;%2&quot;. Choose Migration in progress or Migration complete.</source>
        <translation>Este locatário iniciou a migração em &quot;%1&quot; e não pode voltar para &quot;%2&quot;. Escolha Migração em andamento ou Migração concluída.</translation>
    </message>
    <message>
        <source>Rolling back from Migration complete needs a reason; give one.</source>
        <translation>Reverter a partir de Migração concluída exige um motivo; informe um.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Base32</name>
    <message>
        <source>%1 at position %2 is not a Base32 character (only the letters A-Z and the digits 2-7 are).</source>
        <translation>%1 na posição %2 não é um caractere Base32 (apenas as letras A-Z e os dígitos 2-7 são).</translation>
    </message>
    <message>
        <source>Base32 has no 0, 1, 8 or 9: read 0 as the letter O and 1 as the letter I.</source>
        <translation>O Base32 não tem 0, 1, 8 nem 9: leia 0 como a letra O e 1 como a letra I.</translation>
    </message>
    <message>
        <source>&quot;=&quot; padding at position %1 is followed by more characters; padding may only come at the end.</source>
        <translation>O preenchimento &quot;=&quot; na posição %1 é seguido de mais caracteres; o preenchimento só pode vir no final.</translation>
    </message>
    <message>
        <source>Base32 text cannot have a length of %1; a character is missing or extra.</source>
        <translation>Um texto Base32 não pode ter comprimento %1; falta ou sobra um caractere.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::ClipboardTable</name>
    <message>
        <source>The pasted text contains no rows.</source>
        <translation>O texto colado não contém linhas.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvColumnMapping</name>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>telefone celular</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>telefone comercial</translation>
    </message>
    <message>
        <source>alternate mobile phone</source>
        <translation>telefone celular alternativo</translation>
    </message>
    <message>
        <source>authentication email</source>
        <translation>email de autenticação</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (column %2)</source>
        <translation>&quot;%1&quot; (coluna %2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>%1 all look like the %2 column; choose the one to use.</source>
        <translation>%1 parecem ser a coluna %2; escolha a que deve ser usada.</translation>
    </message>
    <message>
        <source>No column was recognised as the user (user principal name) column; choose it.</source>
        <translation>Nenhuma coluna foi reconhecida como a coluna de usuário (nome UPN); escolha-a.</translation>
    </message>
    <message>
        <source>No column was recognised for the value to import (%1); choose it.</source>
        <translation>Nenhuma coluna foi reconhecida para o valor a importar (%1); escolha-a.</translation>
    </message>
    <message>
        <source>The %1 column is set to column %2, but the file has only %3 columns.</source>
        <translation>A coluna %1 está definida como coluna %2, mas o arquivo tem apenas %3 colunas.</translation>
    </message>
    <message>
        <source>The file is empty: it contains no rows.</source>
        <translation>O arquivo está vazio: não contém linhas.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>O arquivo tem uma linha de cabeçalho, mas nenhuma linha de dados.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvReader</name>
    <message>
        <source>Line %1: text follows the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Linha %1: há texto após as aspas de fechamento de um campo. Aspas dentro de um campo entre aspas devem ser duplicadas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>O campo entre aspas que começa na linha %1 nunca é fechado: faltam as aspas de fechamento (&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is longer than %2; is a closing quote missing?</source>
        <translation>Linha %1: um campo entre aspas é maior que %2; faltam as aspas de fechamento?</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2.</source>
        <translation>Linha %1: um campo é maior que %2.</translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 fields.</source>
        <translation>A linha %1 tem mais de %L2 campos.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; (or as Unicode text) and import it again.</source>
        <translation>A linha %1 não é um texto UTF-8 válido. Salve o arquivo como &quot;CSV UTF-8&quot; (ou como texto Unicode) e importe-o novamente.</translation>
    </message>
    <message>
        <source>Line %1 contains a broken UTF-16 character.</source>
        <translation>A linha %1 contém um caractere UTF-16 corrompido.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %L2 rows; split it into smaller files.</source>
        <translation>Linha %1: o arquivo tem mais de %L2 linhas; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this is not a text file, or it is UTF-16 saved without a byte-order mark.</source>
        <translation>A linha %1 contém um caractere NUL: este não é um arquivo de texto, ou é UTF-16 salvo sem marca de ordem de bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the separator: choose a comma, a semicolon, a tab or another ASCII character other than a quote.</source>
        <translation>&quot;%1&quot; não pode ser usado como separador: escolha uma vírgula, um ponto e vírgula, uma tabulação ou outro caractere ASCII que não seja aspas.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>O arquivo não está aberto para leitura.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32, which is not supported. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>O arquivo está salvo como UTF-32, que não é compatível. Salve-o como &quot;CSV UTF-8&quot; e importe-o novamente.</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a UTF-16 character.</source>
        <translation>Linha %1: o arquivo termina no meio de um caractere UTF-16.</translation>
    </message>
    <message>
        <source>The file is empty: it contains no rows.</source>
        <translation>O arquivo está vazio: não contém linhas.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Não é possível abrir &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::CsvWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be used as the separator of a CSV file.</source>
        <translation>&quot;%1&quot; não pode ser usado como separador de um arquivo CSV.</translation>
    </message>
    <message>
        <source>The report file is not open for writing.</source>
        <translation>O arquivo de relatório não está aberto para gravação.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Não foi possível gravar o relatório: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::DemoTenant</name>
    <message>
        <source>In what city was your first job?</source>
        <translation>Em que cidade foi o seu primeiro emprego?</translation>
    </message>
    <message>
        <source>What was the name of your first pet?</source>
        <translation>Qual era o nome do seu primeiro animal de estimação?</translation>
    </message>
    <message>
        <source>What was your childhood nickname?</source>
        <translation>Qual era o seu apelido de infância?</translation>
    </message>
    <message>
        <source>In what city did your parents meet?</source>
        <translation>Em que cidade seus pais se conheceram?</translation>
    </message>
    <message>
        <source>What was the make of your first car?</source>
        <translation>Qual era a marca do seu primeiro carro?</translation>
    </message>
    <message>
        <source>What is the name of the street you grew up on?</source>
        <translation>Qual é o nome da rua onde você cresceu?</translation>
    </message>
    <message>
        <source>What was the name of your first school?</source>
        <translation>Qual era o nome da sua primeira escola?</translation>
    </message>
    <message>
        <source>What is your favourite book?</source>
        <translation>Qual é o seu livro favorito?</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Eligibility</name>
    <message>
        <source>The account is disabled: a disabled account cannot sign in or reset its password.</source>
        <translation>A conta está desabilitada: uma conta desabilitada não pode entrar nem redefinir a senha.</translation>
    </message>
    <message>
        <source>Guest users reset their password in their home tenant, not here.</source>
        <translation>Usuários convidados redefinem a senha no locatário de origem, não aqui.</translation>
    </message>
    <message>
        <source>Administrator policy: self-service password reset for administrators is off (allowedToUseSSPR = false).</source>
        <translation>Política de administrador: a redefinição de senha por autoatendimento para administradores está desativada (allowedToUseSSPR = false).</translation>
    </message>
    <message>
        <source>Properties: self-service password reset is enabled for None.</source>
        <translation>Propriedades: a redefinição de senha por autoatendimento está habilitada para Nenhum.</translation>
    </message>
    <message>
        <source>Properties: the user is not a member (direct or nested) of the selected group.</source>
        <translation>Propriedades: o usuário não é membro (direto ou aninhado) do grupo selecionado.</translation>
    </message>
    <message numerus="yes">
        <source>Administrator policy: two methods are required (mobile phone, office phone, email or Authenticator); the user has %n.</source>
        <translation>
            <numerusform>Política de administrador: dois métodos são necessários (telefone celular, telefone comercial, email ou Authenticator); o usuário tem %n.</numerusform>
            <numerusform>Política de administrador: dois métodos são necessários (telefone celular, telefone comercial, email ou Authenticator); o usuário tem %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication methods: %1 required; the user has %2 usable qualifying method(s).</source>
        <translation>Métodos de autenticação: %1 necessário(s); o usuário tem %2 método(s) qualificado(s) utilizável(is).</translation>
    </message>
    <message>
        <source>On-premises integration: password writeback is off, so a synced user cannot reset.</source>
        <translation>Integração local: o write-back de senha está desativado, então um usuário sincronizado não pode redefinir.</translation>
    </message>
    <message>
        <source>Can reset with: %1.</source>
        <translation>Pode redefinir com: %1.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::MethodRules</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Only an office phone can have an extension. Remove the extension (x%1) from this %2 number, or add the number as the %3.</source>
        <translation>Somente um telefone comercial pode ter ramal. Remova o ramal (x%1) deste número de %2 ou adicione o número como %3.</translation>
    </message>
    <message>
        <source>%1 is not a phone type. Choose mobile phone, alternate mobile phone or office phone.</source>
        <translation>%1 não é um tipo de telefone. Escolha telefone celular, telefone celular alternativo ou telefone comercial.</translation>
    </message>
    <message>
        <source>The user has no method with id %1 (any more). Reload the user&apos;s methods and try again.</source>
        <translation>O usuário não tem (mais) um método com o ID %1. Recarregue os métodos do usuário e tente novamente.</translation>
    </message>
    <message>
        <source>The user already has a phone of type %1 (%2); each phone type is allowed once. Edit that number instead, or delete it first.</source>
        <translation>O usuário já tem um telefone do tipo %1 (%2); cada tipo de telefone é permitido uma vez. Edite esse número ou exclua-o primeiro.</translation>
    </message>
    <message>
        <source>An alternate mobile phone needs a mobile phone. Add the mobile phone first, or add this number as the mobile phone.</source>
        <translation>Um telefone celular alternativo exige um telefone celular. Adicione primeiro o telefone celular ou adicione este número como telefone celular.</translation>
    </message>
    <message>
        <source>The user already has an email method (%1), and only one is allowed. Edit that address instead.</source>
        <translation>O usuário já tem um método de email (%1) e só um é permitido. Edite esse endereço.</translation>
    </message>
    <message>
        <source>%1 is registered by the user, on their own device, in My Security Info; an administrator cannot add it. Issue a Temporary Access Pass so the user can register it.</source>
        <translation>%1 é registrado pelo próprio usuário, no dispositivo dele, em Minhas Informações de Segurança; um administrador não pode adicioná-lo. Emita um Passe de Acesso Temporário para que o usuário possa registrá-lo.</translation>
    </message>
    <message>
        <source>Every user already has a password method. Use Reset password to set a new password.</source>
        <translation>Todo usuário já tem um método de senha. Use Redefinir senha para definir uma nova senha.</translation>
    </message>
    <message>
        <source>The method %1 is of type %2, not a phone; only a phone&apos;s number can be edited here.</source>
        <translation>O método %1 é do tipo %2, não um telefone; aqui só é possível editar o número de um telefone.</translation>
    </message>
    <message>
        <source>A phone&apos;s type cannot be changed; only its number can. To move this number to %1, add it as a phone of type %1, then delete the phone of type %2.</source>
        <translation>O tipo de um telefone não pode ser alterado, apenas o número. Para mover este número para %1, adicione-o como telefone do tipo %1 e exclua o telefone do tipo %2.</translation>
    </message>
    <message>
        <source>The password method cannot be deleted. To replace the password, use Reset password.</source>
        <translation>O método de senha não pode ser excluído. Para substituir a senha, use Redefinir senha.</translation>
    </message>
    <message>
        <source>The mobile phone cannot be deleted while the user has an alternate mobile phone. To remove this number, change the mobile phone to the alternate mobile number, then delete the alternate mobile phone.</source>
        <translation>O telefone celular não pode ser excluído enquanto o usuário tiver um telefone celular alternativo. Para remover este número, altere o telefone celular para o número alternativo e exclua o telefone celular alternativo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address: %2</source>
        <translation>“%1” não é um endereço de email válido: %2</translation>
    </message>
    <message>
        <source>Enter an email address, for example kim@contoso.com.</source>
        <translation>Insira um endereço de email, por exemplo kim@contoso.com.</translation>
    </message>
    <message>
        <source>it is longer than 254 characters.</source>
        <translation>ele tem mais de 254 caracteres.</translation>
    </message>
    <message>
        <source>it must contain exactly one @ between the name and the domain.</source>
        <translation>ele deve conter exatamente um @ entre o nome e o domínio.</translation>
    </message>
    <message>
        <source>there is nothing before the @.</source>
        <translation>não há nada antes do @.</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters.</source>
        <translation>a parte antes do @ tem mais de 64 caracteres.</translation>
    </message>
    <message>
        <source>the part before the @ may contain letters, digits and . _ % + - (no spaces, no dot at either end, no two dots in a row).</source>
        <translation>a parte antes do @ pode conter letras, dígitos e . _ % + - (sem espaços, sem ponto no início ou no fim, sem dois pontos seguidos).</translation>
    </message>
    <message>
        <source>there is no domain after the @.</source>
        <translation>não há domínio após o @.</translation>
    </message>
    <message>
        <source>the domain after the @ must be a name such as contoso.com.</source>
        <translation>o domínio após o @ deve ser um nome como contoso.com.</translation>
    </message>
    <message>
        <source>The user has no email method to edit. Add one instead.</source>
        <translation>O usuário não tem método de email para editar. Adicione um.</translation>
    </message>
    <message>
        <source>The Temporary Access Pass policy is inconsistent: its minimum lifetime (%1 minutes) is above its maximum (%2 minutes). Correct the policy first.</source>
        <translation>A política de Passe de Acesso Temporário é inconsistente: a duração mínima (%1 minutos) é maior que a máxima (%2 minutos). Corrija a política primeiro.</translation>
    </message>
    <message>
        <source>A lifetime of %1 minutes is outside the policy&apos;s range of %2 to %3 minutes. Choose a lifetime in that range.</source>
        <translation>Uma duração de %1 minutos está fora do intervalo da política, de %2 a %3 minutos. Escolha uma duração nesse intervalo.</translation>
    </message>
    <message>
        <source>The policy allows only one-time Temporary Access Passes. Make this pass one-time.</source>
        <translation>A política permite apenas Passes de Acesso Temporário de uso único. Torne este passe de uso único.</translation>
    </message>
    <message>
        <source>The user&apos;s existing Temporary Access Pass (created %1) will be replaced: a user can have only one.</source>
        <translation>O Passe de Acesso Temporário existente do usuário (criado em %1) será substituído: um usuário só pode ter um.</translation>
    </message>
    <message>
        <source>The user&apos;s existing Temporary Access Pass will be replaced: a user can have only one.</source>
        <translation>O Passe de Acesso Temporário existente do usuário será substituído: um usuário só pode ter um.</translation>
    </message>
    <message>
        <source>%1 is not an OATH token type. Choose hardware or software OATH.</source>
        <translation>%1 não é um tipo de token OATH. Escolha OATH de hardware ou de software.</translation>
    </message>
    <message>
        <source>expired or used</source>
        <translation>expirado ou usado</translation>
    </message>
    <message>
        <source>Not usable (%1). A Temporary Access Pass is never used for password reset; issue a new one for sign-in and registration.</source>
        <translation>Não utilizável (%1). Um Passe de Acesso Temporário nunca é usado para redefinição de senha; emita um novo para entrada e registro.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass is for sign-in and registering methods, not for password reset.</source>
        <translation>Um Passe de Acesso Temporário serve para entrar e registrar métodos, não para redefinir a senha.</translation>
    </message>
    <message>
        <source>marked not usable</source>
        <translation>marcado como não utilizável</translation>
    </message>
    <message>
        <source>Not usable (%1); password reset cannot use it.</source>
        <translation>Não utilizável (%1); a redefinição de senha não pode usá-lo.</translation>
    </message>
    <message>
        <source>Usable for password reset by text message or voice call.</source>
        <translation>Utilizável para redefinição de senha por mensagem de texto ou chamada de voz.</translation>
    </message>
    <message>
        <source>An alternate mobile phone is used only for MFA, not for password reset. Register the number as the mobile or office phone to use it for reset.</source>
        <translation>Um telefone celular alternativo é usado apenas para MFA, não para redefinição de senha. Registre o número como telefone celular ou comercial para usá-lo na redefinição.</translation>
    </message>
    <message>
        <source>Usable for password reset by voice call only; the extension is dropped before the call is placed.</source>
        <translation>Utilizável para redefinição de senha apenas por chamada de voz; o ramal é descartado antes da chamada.</translation>
    </message>
    <message>
        <source>Usable for password reset by voice call only.</source>
        <translation>Utilizável para redefinição de senha apenas por chamada de voz.</translation>
    </message>
    <message>
        <source>Usable for password reset by a code sent to this address (email is used only for password reset).</source>
        <translation>Utilizável para redefinição de senha por um código enviado a este endereço (o email é usado apenas para redefinição de senha).</translation>
    </message>
    <message>
        <source>Usable for password reset by app notification or code, when the policy enables the mobile app.</source>
        <translation>Utilizável para redefinição de senha por notificação ou código do aplicativo, quando a política habilita o aplicativo móvel.</translation>
    </message>
    <message>
        <source>Usable for password reset by a verification code, when the policy enables OATH tokens.</source>
        <translation>Utilizável para redefinição de senha por um código de verificação, quando a política habilita tokens OATH.</translation>
    </message>
    <message>
        <source>%1 is for sign-in only; password reset does not use it.</source>
        <translation>%1 serve apenas para entrar; a redefinição de senha não o usa.</translation>
    </message>
    <message>
        <source>The password is what password reset replaces, not a way to verify the user.</source>
        <translation>A senha é o que a redefinição substitui, não uma forma de verificar o usuário.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::OtpauthUri</name>
    <message>
        <source>The %1 has a &quot;%&quot; that is not followed by two hexadecimal digits.</source>
        <translation>O %1 tem um &quot;%&quot; que não é seguido de dois dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 after percent-decoding.</source>
        <translation>O %1 não é UTF-8 válido após a decodificação percentual.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>O %1 contém caracteres de controle.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>O nome da conta está vazio.</translation>
    </message>
    <message>
        <source>The account name contains control characters.</source>
        <translation>O nome da conta contém caracteres de controle.</translation>
    </message>
    <message>
        <source>The issuer contains control characters.</source>
        <translation>O emissor contém caracteres de controle.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>O segredo está vazio.</translation>
    </message>
    <message>
        <source>The issuer and account name are too long for an otpauth link (%1 characters encoded; at most %2).</source>
        <translation>O emissor e o nome da conta são longos demais para um link otpauth (%1 caracteres codificados; no máximo %2).</translation>
    </message>
    <message>
        <source>The text is too long for an otpauth link (%1 characters; at most %2).</source>
        <translation>O texto é longo demais para um link otpauth (%1 caracteres; no máximo %2).</translation>
    </message>
    <message>
        <source>The otpauth link is empty.</source>
        <translation>O link otpauth está vazio.</translation>
    </message>
    <message>
        <source>This is not an authenticator link: it must start with &quot;otpauth://&quot;.</source>
        <translation>Este não é um link de autenticador: ele deve começar com &quot;otpauth://&quot;.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) key; only time-based (TOTP) keys are supported.</source>
        <translation>Esta é uma chave baseada em contador (HOTP); somente chaves baseadas em tempo (TOTP) são compatíveis.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported; only &quot;totp&quot; is.</source>
        <translation>O tipo de chave &quot;%1&quot; não é compatível; apenas &quot;totp&quot; é.</translation>
    </message>
    <message>
        <source>The otpauth link has no account name.</source>
        <translation>O link otpauth não tem nome de conta.</translation>
    </message>
    <message>
        <source>issuer in the label</source>
        <translation>emissor no rótulo</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nome da conta</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once.</source>
        <translation>O parâmetro &quot;%1&quot; aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>parâmetro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The otpauth link has no secret.</source>
        <translation>O link otpauth não tem segredo.</translation>
    </message>
    <message>
        <source>The secret is not valid: %1</source>
        <translation>O segredo não é válido: %1</translation>
    </message>
    <message>
        <source>Without an issuer, authenticator apps show only the account name, which is hard to tell apart from other accounts.</source>
        <translation>Sem um emissor, os aplicativos autenticadores mostram apenas o nome da conta, difícil de distinguir de outras contas.</translation>
    </message>
    <message>
        <source>The issuer contains &quot;:&quot;; some apps cut it off there.</source>
        <translation>O emissor contém &quot;:&quot;; alguns aplicativos o cortam nesse ponto.</translation>
    </message>
    <message>
        <source>The secret is shorter than 128 bits, the minimum RFC 4226 allows.</source>
        <translation>O segredo é menor que 128 bits, o mínimo que a RFC 4226 permite.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PhoneNumber</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>A number there looks like %1.</source>
        <translation>Um número de lá se parece com %1.</translation>
    </message>
    <message>
        <source>It was read as a number in %1 because it has no country code; if it belongs to another country, type + and that country&apos;s code first.</source>
        <translation>Ele foi lido como um número de %1 porque não tem código do país; se pertencer a outro país, digite primeiro + e o código desse país.</translation>
    </message>
    <message>
        <source>The text is too long to be a phone number (%1 characters; at most %2). Enter only the number, with + and the country code.</source>
        <translation>O texto é longo demais para ser um número de telefone (%1 caracteres; no máximo %2). Insira apenas o número, com + e o código do país.</translation>
    </message>
    <message>
        <source>Enter a phone number, with + and the country code, for example +1 425 555 0100.</source>
        <translation>Insira um número de telefone com + e o código do país, por exemplo +1 425 555 0100.</translation>
    </message>
    <message>
        <source>The character %1 cannot be part of a phone number. Use only digits, spaces, - . ( ) and a leading +.</source>
        <translation>O caractere %1 não pode fazer parte de um número de telefone. Use apenas dígitos, espaços, - . ( ) e um + inicial.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: it contains no digits.</source>
        <translation>%1 não é um número de telefone: não contém dígitos.</translation>
    </message>
    <message>
        <source>%1 contains no digits. Enter + and the country code, then the number, for example +44 20 7946 0018.</source>
        <translation>%1 não contém dígitos. Insira + e o código do país e depois o número, por exemplo +44 20 7946 0018.</translation>
    </message>
    <message>
        <source>A + may appear only once, before the country code.</source>
        <translation>Um + só pode aparecer uma vez, antes do código do país.</translation>
    </message>
    <message>
        <source>The character %1 cannot appear inside a phone number. Write an extension at the end as x123 or ext. 123.</source>
        <translation>O caractere %1 não pode aparecer dentro de um número de telefone. Escreva um ramal no final como x123 ou ext. 123.</translation>
    </message>
    <message>
        <source>The number contains letters (%1). Type the digits only; letters on a keypad are not converted. Write an extension as x123 or ext. 123.</source>
        <translation>O número contém letras (%1). Digite apenas os dígitos; letras de um teclado telefônico não são convertidas. Escreva um ramal como x123 ou ext. 123.</translation>
    </message>
    <message>
        <source>There are no digits before the extension. Enter + and the country code, then the number.</source>
        <translation>Não há dígitos antes do ramal. Insira + e o código do país e depois o número.</translation>
    </message>
    <message>
        <source>The extension %1 has %2 digits; Microsoft Entra accepts at most %3.</source>
        <translation>O ramal %1 tem %2 dígitos; o Microsoft Entra aceita no máximo %3.</translation>
    </message>
    <message>
        <source>There are no digits after the international prefix 00.</source>
        <translation>Não há dígitos após o prefixo internacional 00.</translation>
    </message>
    <message>
        <source>(%1 is not a known region code.)</source>
        <translation>(%1 não é um código de região conhecido.)</translation>
    </message>
    <message>
        <source>%1 has no country code and no default region is set.%2 Start with + and the country code, for example +49 30 1234567, or set the user&apos;s usage location.</source>
        <translation>%1 não tem código do país e nenhuma região padrão está definida.%2 Comece com + e o código do país, por exemplo +49 30 1234567, ou defina o local de uso do usuário.</translation>
    </message>
    <message>
        <source>Country calling codes never start with 0, but the digits after the + (or 00) are %1. Remove the 0, or type + and the country code.</source>
        <translation>Códigos de país nunca começam com 0, mas os dígitos após o + (ou 00) são %1. Remova o 0 ou digite + e o código do país.</translation>
    </message>
    <message>
        <source>No country calling code starts with +%1. Check the digits after the + (for example +1 for the US and Canada, +44 for the United Kingdom).</source>
        <translation>Nenhum código de país começa com +%1. Verifique os dígitos após o + (por exemplo, +1 para EUA e Canadá, +44 para o Reino Unido).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a phone number. Enter + and the country code, then the number.</source>
        <translation>%1 não pode ser lido como número de telefone. Insira + e o código do país e depois o número.</translation>
    </message>
    <message>
        <source>Read as a number in %1, but %2 is too short to be a phone number. Check for missing digits.</source>
        <translation>Lido como um número de %1, mas %2 é curto demais para ser um número de telefone. Verifique se faltam dígitos.</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number. Check for missing digits.</source>
        <translation>%1 é curto demais para ser um número de telefone. Verifique se faltam dígitos.</translation>
    </message>
    <message>
        <source>Read as a number in %1, but %2 has more digits than any phone number. Check for extra digits.</source>
        <translation>Lido como um número de %1, mas %2 tem mais dígitos que qualquer número de telefone. Verifique se há dígitos a mais.</translation>
    </message>
    <message>
        <source>%1 has more digits than any phone number. Check for extra digits.</source>
        <translation>%1 tem mais dígitos que qualquer número de telefone. Verifique se há dígitos a mais.</translation>
    </message>
    <message>
        <source>Read as a number in %1 with national number %2.</source>
        <translation>Lido como um número de %1 com o número nacional %2.</translation>
    </message>
    <message numerus="yes">
        <source>It has only %n digit(s): a local number. Add the area code.</source>
        <translation>
            <numerusform>Ele tem apenas %n dígito: um número local. Adicione o código de área.</numerusform>
            <numerusform>Ele tem apenas %n dígitos: um número local. Adicione o código de área.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has only %n digit(s), too few for %1. Check for missing digits.</source>
        <translation>
            <numerusform>Ele tem apenas %n dígito, poucos para %1. Verifique se faltam dígitos.</numerusform>
            <numerusform>Ele tem apenas %n dígitos, poucos para %1. Verifique se faltam dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), too many for %1. Check for extra digits or a wrong country code.</source>
        <translation>
            <numerusform>Ele tem %n dígito, demais para %1. Verifique se há dígitos a mais ou um código de país errado.</numerusform>
            <numerusform>Ele tem %n dígitos, demais para %1. Verifique se há dígitos a mais ou um código de país errado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n digit(s), a length that numbers in %1 do not have. Check for missing or extra digits.</source>
        <translation>
            <numerusform>Ele tem %n dígito, um comprimento que números de %1 não têm. Verifique se faltam ou sobram dígitos.</numerusform>
            <numerusform>Ele tem %n dígitos, um comprimento que números de %1 não têm. Verifique se faltam ou sobram dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 is not a known country calling code. Check the digits after the +.</source>
        <translation>+%1 não é um código de país conhecido. Verifique os dígitos após o +.</translation>
    </message>
    <message>
        <source>No phone numbers in %1 start like that (unknown area code or number range). Check the digits and the country code.</source>
        <translation>Nenhum número de telefone de %1 começa assim (código de área ou faixa de números desconhecidos). Verifique os dígitos e o código do país.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot store this number: its national part must have 4 to 20 digits.</source>
        <translation>O Microsoft Entra não pode armazenar este número: a parte nacional deve ter de 4 a 20 dígitos.</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> ramal %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>ele está vazio.</translation>
    </message>
    <message>
        <source>it must start with + and the country code.</source>
        <translation>ele deve começar com + e o código do país.</translation>
    </message>
    <message>
        <source>it needs exactly one space, between the country code and the number, and no other spaces.</source>
        <translation>ele precisa de exatamente um espaço, entre o código do país e o número, e nenhum outro espaço.</translation>
    </message>
    <message>
        <source>the country code must be 1 to 4 digits and cannot start with 0.</source>
        <translation>o código do país deve ter de 1 a 4 dígitos e não pode começar com 0.</translation>
    </message>
    <message>
        <source>the number must be 4 to 20 digits.</source>
        <translation>o número deve ter de 4 a 20 dígitos.</translation>
    </message>
    <message>
        <source>the extension after x must be 1 to 10 digits.</source>
        <translation>o ramal após x deve ter de 1 a 10 dígitos.</translation>
    </message>
    <message>
        <source>it contains other characters.</source>
        <translation>ele contém outros caracteres.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft Graph&apos;s phone format +CC NUMBER[xEXT] (for example +1 4255550100 or +1 4255550100x123): %2</source>
        <translation>%1 não está no formato de telefone +CC NUMBER[xEXT] do Microsoft Graph (por exemplo +1 4255550100 ou +1 4255550100x123): %2</translation>
    </message>
    <message>
        <source>the non-geographic service +%1</source>
        <translation>o serviço não geográfico +%1</translation>
    </message>
    <message>
        <source>country code +%1</source>
        <translation>código do país +%1</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PolicyKeys</name>
    <message>
        <source>Self service password reset enabled: none, selected (one group) or all</source>
        <translation>Redefinição de senha por autoatendimento habilitada: none, selected (um grupo) ou all</translation>
    </message>
    <message>
        <source>Object id of the one group whose members may reset (with selected)</source>
        <translation>ID de objeto do único grupo cujos membros podem redefinir (com selected)</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Número de métodos necessários para redefinir</translation>
    </message>
    <message>
        <source>All methods available to users at once: mobileAppNotification, mobileAppCode, email, mobilePhone, officePhone, securityQuestions</source>
        <translation>Todos os métodos disponíveis para os usuários de uma vez: mobileAppNotification, mobileAppCode, email, mobilePhone, officePhone, securityQuestions</translation>
    </message>
    <message>
        <source>Mobile app notification (only when 2 methods are required)</source>
        <translation>Notificação do aplicativo móvel (somente quando 2 métodos são necessários)</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Código do aplicativo móvel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile phone (text message and voice call)</source>
        <translation>Telefone celular (mensagem de texto e chamada de voz)</translation>
    </message>
    <message>
        <source>Office phone (voice call; paid tenants only)</source>
        <translation>Telefone comercial (chamada de voz; somente locatários pagos)</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Perguntas de segurança</translation>
    </message>
    <message>
        <source>Number of security questions required to register</source>
        <translation>Número de perguntas de segurança necessárias para o registro</translation>
    </message>
    <message>
        <source>Number of security questions required to reset (at most the number to register)</source>
        <translation>Número de perguntas de segurança necessárias para redefinir (no máximo o número para o registro)</translation>
    </message>
    <message>
        <source>The question pool (at most 20): texts, or {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;} objects</source>
        <translation>O conjunto de perguntas (no máximo 20): textos ou objetos {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;}</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Exigir que os usuários se registrem ao entrar</translation>
    </message>
    <message>
        <source>Days before users are asked to reconfirm their authentication information (0 = never; only with registration required)</source>
        <translation>Dias antes que os usuários sejam solicitados a confirmar novamente suas informações de autenticação (0 = nunca; somente com registro obrigatório)</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Notificar usuários sobre redefinições de senha</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Notificar todos os administradores quando outros administradores redefinirem a senha</translation>
    </message>
    <message>
        <source>Customize the helpdesk link</source>
        <translation>Personalizar link de assistência técnica</translation>
    </message>
    <message>
        <source>Custom helpdesk email address or http(s) URL (with customizeHelpdeskLink)</source>
        <translation>Endereço de email ou URL http(s) de assistência técnica personalizada (com customizeHelpdeskLink)</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Fazer write-back de senhas no diretório local</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Fazer write-back de senhas com a sincronização de nuvem do Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Permitir que os usuários desbloqueiem contas sem redefinir a senha</translation>
    </message>
    <message>
        <source>Administrators may use SSPR (Graph authorizationPolicy; admins only)</source>
        <translation>Administradores podem usar o SSPR (authorizationPolicy do Graph; somente administradores)</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Configuração desconhecida &quot;%1&quot;. Configurações conhecidas: %2.</translation>
    </message>
    <message>
        <source>Invalid value %1 for %2: expected %3.</source>
        <translation>Valor inválido %1 para %2: esperado %3.</translation>
    </message>
    <message>
        <source>true or false (also yes/no, 1/0)</source>
        <translation>true ou false (também yes/no, 1/0)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>none, selected or all (or 0, 1, 2)</source>
        <translation>none, selected ou all (ou 0, 1, 2)</translation>
    </message>
    <message>
        <source>one group object id, or nothing to clear the group</source>
        <translation>um ID de objeto de grupo, ou nada para limpar o grupo</translation>
    </message>
    <message>
        <source>a comma-separated list of %1, or none</source>
        <translation>uma lista separada por vírgulas de %1, ou none</translation>
    </message>
    <message>
        <source>a JSON array of question texts or of {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;} objects</source>
        <translation>uma matriz JSON de textos de perguntas ou de objetos {&quot;key&quot;, &quot;text&quot;, &quot;custom&quot;}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <source>%1 takes exactly one group: the portal scopes password reset to a single group. Give one group object id.</source>
        <translation>%1 aceita exatamente um grupo: o portal limita a redefinição de senha a um único grupo. Informe um ID de objeto de grupo.</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(também: %1)</translation>
    </message>
    <message>
        <source>%1 and %2 are the same setting but have different values; give only one of them.</source>
        <translation>%1 e %2 são a mesma configuração, mas têm valores diferentes; informe apenas uma delas.</translation>
    </message>
    <message>
        <source>Expected KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>Esperado KEY=VALUE, recebido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::PolicyValidator</name>
    <message>
        <source>Self service password reset must be None, Selected or All.</source>
        <translation>A redefinição de senha por autoatendimento deve ser Nenhum, Selecionado ou Todos.</translation>
    </message>
    <message>
        <source>With Selected, choose the one group whose members may reset their password.</source>
        <translation>Com Selecionado, escolha o único grupo cujos membros podem redefinir a senha.</translation>
    </message>
    <message>
        <source>Password reset can be scoped to exactly one group. Choose a single group; nest other groups in it if needed.</source>
        <translation>A redefinição de senha pode ser limitada a exatamente um grupo. Escolha um único grupo; aninhe outros grupos nele, se necessário.</translation>
    </message>
    <message>
        <source>The selected group %1 does not exist. Choose an existing group.</source>
        <translation>O grupo selecionado %1 não existe. Escolha um grupo existente.</translation>
    </message>
    <message>
        <source>The number of methods required to reset must be 1 or 2, not %1.</source>
        <translation>O número de métodos necessários para redefinir deve ser 1 ou 2, não %1.</translation>
    </message>
    <message>
        <source>Select at least one method available to users; Microsoft recommends two or more.</source>
        <translation>Selecione pelo menos um método disponível para os usuários; a Microsoft recomenda dois ou mais.</translation>
    </message>
    <message>
        <source>Two methods are required to reset but only one is available. Select another method, or require one.</source>
        <translation>Dois métodos são necessários para redefinir, mas só um está disponível. Selecione outro método ou exija apenas um.</translation>
    </message>
    <message>
        <source>The mobile app cannot be the only method when one method is required. Also select Email, Mobile phone, Office phone or Security questions.</source>
        <translation>O aplicativo móvel não pode ser o único método quando um método é necessário. Selecione também Email, Telefone celular, Telefone comercial ou Perguntas de segurança.</translation>
    </message>
    <message numerus="yes">
        <source>With two methods required, the mobile app needs at least two other methods. Select %n more of Email, Mobile phone, Office phone or Security questions.</source>
        <translation>
            <numerusform>Com dois métodos necessários, o aplicativo móvel precisa de pelo menos dois outros métodos. Selecione mais %n entre Email, Telefone celular, Telefone comercial ou Perguntas de segurança.</numerusform>
            <numerusform>Com dois métodos necessários, o aplicativo móvel precisa de pelo menos dois outros métodos. Selecione mais %n entre Email, Telefone celular, Telefone comercial ou Perguntas de segurança.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one method is available. Microsoft recommends at least two, so that users who lose one can still reset.</source>
        <translation>Apenas um método está disponível. A Microsoft recomenda pelo menos dois, para que usuários que perderem um ainda possam redefinir.</translation>
    </message>
    <message>
        <source>Mobile app notification is available only when two methods are required. Require two methods, or use Mobile app code instead.</source>
        <translation>A notificação do aplicativo móvel só está disponível quando dois métodos são necessários. Exija dois métodos ou use o código do aplicativo móvel.</translation>
    </message>
    <message>
        <source>Office phone is available only in tenants with a paid subscription. Clear Office phone.</source>
        <translation>O telefone comercial só está disponível em locatários com assinatura paga. Desmarque Telefone comercial.</translation>
    </message>
    <message>
        <source>Migration to the Authentication methods policy is complete, so %1 is managed there: change %2 in the Authentication methods policy instead.</source>
        <translation>A migração para a política de métodos de autenticação foi concluída, então %1 é gerenciado lá: altere %2 na política de métodos de autenticação.</translation>
    </message>
    <message>
        <source>Users whose only registered method is %1 will no longer be able to reset. Check the impact preview before saving.</source>
        <translation>Usuários cujo único método registrado é %1 não poderão mais redefinir. Verifique a visualização do impacto antes de salvar.</translation>
    </message>
    <message>
        <source>Requiring two methods blocks users who registered only one until they register another. Check the impact preview before saving.</source>
        <translation>Exigir dois métodos bloqueia usuários que registraram só um até que registrem outro. Verifique a visualização do impacto antes de salvar.</translation>
    </message>
    <message>
        <source>The number of questions required to register must be between %1 and %2, not %3.</source>
        <translation>O número de perguntas necessárias para o registro deve estar entre %1 e %2, não %3.</translation>
    </message>
    <message>
        <source>The number of questions required to reset must be between %1 and %2, not %3.</source>
        <translation>O número de perguntas necessárias para redefinir deve estar entre %1 e %2, não %3.</translation>
    </message>
    <message>
        <source>Users can&apos;t be asked %1 questions at reset when they register only %2. Lower the number to reset or raise the number to register.</source>
        <translation>Não é possível fazer %1 perguntas aos usuários na redefinição quando eles registram apenas %2. Reduza o número para redefinir ou aumente o número para registrar.</translation>
    </message>
    <message>
        <source>At most %1 security questions are allowed; there are %2. Remove some.</source>
        <translation>São permitidas no máximo %1 perguntas de segurança; há %2. Remova algumas.</translation>
    </message>
    <message>
        <source>Users must register %1 questions but only %2 are available. Add questions or lower the number to register.</source>
        <translation>Os usuários precisam registrar %1 perguntas, mas apenas %2 estão disponíveis. Adicione perguntas ou reduza o número para registrar.</translation>
    </message>
    <message>
        <source>Security question %1 has no text. Write the question or remove it.</source>
        <translation>A pergunta de segurança %1 não tem texto. Escreva a pergunta ou remova-a.</translation>
    </message>
    <message>
        <source>Custom security question %1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation>A pergunta de segurança personalizada %1 tem %2 caracteres; são permitidos no máximo %3. Encurte-a.</translation>
    </message>
    <message>
        <source>Security question %1 repeats question %2 (&quot;%3&quot;). Remove it or ask something else.</source>
        <translation>A pergunta de segurança %1 repete a pergunta %2 (&quot;%3&quot;). Remova-a ou pergunte outra coisa.</translation>
    </message>
    <message>
        <source>Security questions are the weakest method: answers can often be found or guessed. Microsoft recommends turning them off.</source>
        <translation>Perguntas de segurança são o método mais fraco: as respostas muitas vezes podem ser descobertas ou adivinhadas. A Microsoft recomenda desativá-las.</translation>
    </message>
    <message>
        <source>The number of days before users reconfirm must be between 0 (never) and %1, not %2.</source>
        <translation>O número de dias até os usuários confirmarem novamente deve estar entre 0 (nunca) e %1, não %2.</translation>
    </message>
    <message>
        <source>The reconfirmation interval can be changed only while users are required to register when signing in. Require registration, or keep %1 days.</source>
        <translation>O intervalo de reconfirmação só pode ser alterado enquanto os usuários precisarem se registrar ao entrar. Exija o registro ou mantenha %1 dias.</translation>
    </message>
    <message>
        <source>Users are not told when their password is reset, so a reset by someone else goes unnoticed. CIS recommends Yes.</source>
        <translation>Os usuários não são avisados quando a senha é redefinida, então uma redefinição feita por outra pessoa passa despercebida. O CIS recomenda Sim.</translation>
    </message>
    <message>
        <source>Admins are not told when another admin resets their password. CIS recommends Yes.</source>
        <translation>Os administradores não são avisados quando outro administrador redefine a senha. O CIS recomenda Sim.</translation>
    </message>
    <message>
        <source>Enter the helpdesk email address or URL, or turn off &quot;Customize helpdesk link&quot;.</source>
        <translation>Insira o endereço de email ou a URL da assistência técnica, ou desative &quot;Personalizar link de assistência técnica&quot;.</translation>
    </message>
    <message>
        <source>The helpdesk email or URL contains spaces. Remove them (write a space in a URL as %20).</source>
        <translation>O email ou a URL da assistência técnica contém espaços. Remova-os (escreva um espaço em uma URL como %20).</translation>
    </message>
    <message>
        <source>Links of type &quot;%1:&quot; are not allowed. Enter an email address (without mailto:) or a URL starting with https://.</source>
        <translation>Links do tipo &quot;%1:&quot; não são permitidos. Insira um endereço de email (sem mailto:) ou uma URL que comece com https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Check it for typing mistakes.</source>
        <translation>&quot;%1&quot; não é uma URL válida. Verifique se há erros de digitação.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no host name. Write it in full, like https://support.contoso.com/password.</source>
        <translation>A URL &quot;%1&quot; não tem nome de host. Escreva-a por completo, como https://support.contoso.com/password.</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove them: the link is shown to everyone.</source>
        <translation>A URL contém um nome de usuário ou uma senha. Remova-os: o link é mostrado a todos.</translation>
    </message>
    <message>
        <source>The helpdesk URL uses http. Use https so that the page cannot be tampered with on the way.</source>
        <translation>A URL da assistência técnica usa http. Use https para que a página não possa ser adulterada no caminho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a complete URL. Write the URL in full, starting with https://.</source>
        <translation>&quot;%1&quot; não é um endereço de email nem uma URL completa. Escreva a URL por completo, começando com https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address. Check it for typing mistakes, like helpdesk@contoso.com.</source>
        <translation>&quot;%1&quot; não é um endereço de email válido. Verifique se há erros de digitação, como em helpdesk@contoso.com.</translation>
    </message>
    <message>
        <source>%1 is a mailbox of this tenant. Users locked out of this tenant may need the helpdesk most; Microsoft advises an address that does not depend on it.</source>
        <translation>%1 é uma caixa de correio deste locatário. Usuários bloqueados deste locatário podem ser os que mais precisam da assistência técnica; a Microsoft aconselha um endereço que não dependa dele.</translation>
    </message>
    <message>
        <source>Writing back with cloud sync has no effect while password writeback is off.</source>
        <translation>O write-back com a sincronização de nuvem não tem efeito enquanto o write-back de senha estiver desativado.</translation>
    </message>
    <message>
        <source>Unlocking accounts without a reset has no effect while password writeback is off.</source>
        <translation>Desbloquear contas sem redefinição não tem efeito enquanto o write-back de senha estiver desativado.</translation>
    </message>
    <message>
        <source>Users outside the new scope will no longer be able to reset their password. Check the impact preview before saving.</source>
        <translation>Os usuários fora do novo escopo não poderão mais redefinir a senha. Verifique a visualização do impacto antes de salvar.</translation>
    </message>
    <message>
        <source>Managed in the Authentication methods policy since the migration is complete.</source>
        <translation>Gerenciado na política de métodos de autenticação, pois a migração foi concluída.</translation>
    </message>
    <message>
        <source>Set self service password reset to Selected to choose a group.</source>
        <translation>Defina a redefinição de senha por autoatendimento como Selecionado para escolher um grupo.</translation>
    </message>
    <message>
        <source>Available only when two methods are required.</source>
        <translation>Disponível somente quando dois métodos são necessários.</translation>
    </message>
    <message>
        <source>Available only in tenants with a paid subscription.</source>
        <translation>Disponível somente em locatários com assinatura paga.</translation>
    </message>
    <message>
        <source>Select Security questions as a method to set these.</source>
        <translation>Selecione Perguntas de segurança como método para definir estes valores.</translation>
    </message>
    <message>
        <source>Available only when users are required to register when signing in.</source>
        <translation>Disponível somente quando os usuários precisam se registrar ao entrar.</translation>
    </message>
    <message>
        <source>Turn on &quot;Customize helpdesk link&quot; to enter an email address or URL.</source>
        <translation>Ative &quot;Personalizar link de assistência técnica&quot; para inserir um endereço de email ou URL.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::QrMatrix</name>
    <message>
        <source>The text is too long for a QR code: %1 bytes, where at most about %2 fit at this level of error correction.</source>
        <translation>O texto é longo demais para um código QR: %1 bytes, sendo que cabem no máximo cerca de %2 neste nível de correção de erros.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Não foi possível criar o código QR.</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::SsprPolicy</name>
    <message>
        <source>Mobile app notification</source>
        <translation>Notificação do aplicativo móvel</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Código do aplicativo móvel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefone celular</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Perguntas de segurança</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selecionado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>Sspr::Core::Totp</name>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>O algoritmo &quot;%1&quot; não é compatível; use SHA1, SHA256 ou SHA512.</translation>
    </message>
    <message>
        <source>The number of digits &quot;%1&quot; is not supported; use 6 or 8.</source>
        <translation>O número de dígitos &quot;%1&quot; não é compatível; use 6 ou 8.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not supported; use 30 or 60 seconds.</source>
        <translation>O período &quot;%1&quot; não é compatível; use 30 ou 60 segundos.</translation>
    </message>
    <message>
        <source>The algorithm is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>O algoritmo não é compatível; use SHA1, SHA256 ou SHA512.</translation>
    </message>
    <message>
        <source>Google Authenticator ignores the algorithm and computes SHA1 codes, and other apps (Microsoft Authenticator among them) mishandle %1: codes will not match there.</source>
        <translation>O Google Authenticator ignora o algoritmo e calcula códigos SHA1, e outros aplicativos (entre eles o Microsoft Authenticator) tratam %1 incorretamente: os códigos não vão coincidir neles.</translation>
    </message>
    <message>
        <source>Entra hardware OATH tokens accept only SHA1 and SHA256.</source>
        <translation>Tokens OATH de hardware do Entra aceitam apenas SHA1 e SHA256.</translation>
    </message>
    <message>
        <source>Google Authenticator on Android ignores the number of digits and shows 6.</source>
        <translation>O Google Authenticator no Android ignora o número de dígitos e mostra 6.</translation>
    </message>
    <message>
        <source>Google Authenticator ignores the period and changes codes every 30 seconds.</source>
        <translation>O Google Authenticator ignora o período e troca os códigos a cada 30 segundos.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::AuthCodePkceFlow</name>
    <message numerus="yes">
        <source>The sign-in in the browser wasn&apos;t finished within %n minute(s). Start it again.</source>
        <translation>
            <numerusform>A entrada no navegador não foi concluída em %n minuto. Inicie-a novamente.</numerusform>
            <numerusform>A entrada no navegador não foi concluída em %n minutos. Inicie-a novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t wait for the browser: no local port could be opened (%1).</source>
        <translation>Não é possível aguardar o navegador: nenhuma porta local pôde ser aberta (%1).</translation>
    </message>
    <message>
        <source>No web browser can be opened here. Use the device code sign-in instead.</source>
        <translation>Nenhum navegador da Web pode ser aberto aqui. Em vez disso, use a entrada com código do dispositivo.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Sem suporte</translation>
    </message>
    <message>
        <source>This address only receives the sign-in answer.</source>
        <translation>Este endereço apenas recebe a resposta da entrada.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Sign-in already handled</source>
        <translation>Entrada já processada</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. You can close this window.</source>
        <translation>Esta entrada já foi processada. Você pode fechar esta janela.</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Aguardando a entrada</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>A resposta do navegador não pertencia a esta entrada (state não corresponde). Inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>You are signed in to SSPR Console. You can close this window.</source>
        <translation>Você entrou no SSPR Console. Você pode fechar esta janela.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Falha ao entrar</translation>
    </message>
    <message>
        <source>Can&apos;t wait for the browser: no local port could be opened on both loopback addresses.</source>
        <translation>Não é possível aguardar o navegador: nenhuma porta local pôde ser aberta nos dois endereços de loopback.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::ClientCertificate</name>
    <message>
        <source>Can&apos;t read the certificate file %1: %2</source>
        <translation>Não é possível ler o arquivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 é grande demais para ser um arquivo de certificado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not a readable certificate: expected a PEM file (key and certificate) or a PKCS#12 (.pfx) file, and the right password if it has one.</source>
        <translation>Não é um certificado legível: era esperado um arquivo PEM (chave e certificado) ou um arquivo PKCS#12 (.pfx), e a senha correta, se houver uma.</translation>
    </message>
    <message>
        <source>The private key is missing, or the password is wrong.</source>
        <translation>A chave privada está ausente ou a senha está errada.</translation>
    </message>
    <message>
        <source>The certificate is missing: the file holds only a private key.</source>
        <translation>O certificado está ausente: o arquivo contém apenas uma chave privada.</translation>
    </message>
    <message>
        <source>The key is not an RSA key; Microsoft Entra certificate credentials need RSA.</source>
        <translation>A chave não é uma chave RSA; as credenciais de certificado do Microsoft Entra exigem RSA.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>A chave privada não pertence ao certificado.</translation>
    </message>
    <message>
        <source>The certificate can&apos;t be encoded.</source>
        <translation>Não é possível codificar o certificado.</translation>
    </message>
    <message>
        <source>No private key is loaded.</source>
        <translation>Nenhuma chave privada está carregada.</translation>
    </message>
    <message>
        <source>Signing the client assertion with the certificate&apos;s key failed.</source>
        <translation>Falha ao assinar a asserção do cliente com a chave do certificado.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::Cloud</name>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, usgovdod or china.</source>
        <translation>Nuvem desconhecida &quot;%1&quot;: use global, usgov, usgovdod ou china.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete web address (like https://graph.microsoft.com).</source>
        <translation>&quot;%1&quot; não é um endereço Web completo (como https://graph.microsoft.com).</translation>
    </message>
    <message>
        <source>The address %1 contains a user name or password; leave them out.</source>
        <translation>O endereço %1 contém um nome de usuário ou senha; deixe-os de fora.</translation>
    </message>
    <message>
        <source>The address %1 uses plain http, which would send sign-in tokens unencrypted. Use https (http is allowed only for this computer: localhost or 127.0.0.1).</source>
        <translation>O endereço %1 usa http simples, que enviaria os tokens de entrada sem criptografia. Use https (http é permitido apenas para este computador: localhost ou 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address %1 uses &quot;%2&quot;; only https addresses are allowed.</source>
        <translation>O endereço %1 usa &quot;%2&quot;; somente endereços https são permitidos.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::DelegatedTokenProvider</name>
    <message>
        <source>The saved sign-in can&apos;t be read from the keychain: %1</source>
        <translation>Não é possível ler a entrada salva do chaveiro: %1</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to the tenant first.</source>
        <translation>Não conectado. Entre no locatário primeiro.</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::GraphClient</name>
    <message>
        <source>Microsoft Graph gave a link to %1, which is not on %2; it was not followed.</source>
        <translation>O Microsoft Graph forneceu um link para %1, que não está em %2; ele não foi seguido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Microsoft Graph path.</source>
        <translation>&quot;%1&quot; não é um caminho válido do Microsoft Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request to %1, which is another host, not encrypted, or would change the request; it was not followed.</source>
        <translation>O Microsoft Graph redirecionou a solicitação para %1, que é outro host, não é criptografado ou alteraria a solicitação; o redirecionamento não foi seguido.</translation>
    </message>
    <message>
        <source>A Microsoft Graph batch holds at most %1 requests; this one had %2.</source>
        <translation>Um lote do Microsoft Graph contém no máximo %1 solicitações; este tinha %2.</translation>
    </message>
    <message>
        <source>One batch can&apos;t mix Graph versions (%1 and %2).</source>
        <translation>Um lote não pode misturar versões do Graph (%1 e %2).</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::GraphErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph didn&apos;t answer within %n second(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>O Microsoft Graph não respondeu em %n segundo. Verifique a conexão de rede e tente novamente.</numerusform>
            <numerusform>O Microsoft Graph não respondeu em %n segundos. Verifique a conexão de rede e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft Graph: %1. Check the network connection and the proxy settings.</source>
        <translation>Não foi possível acessar o Microsoft Graph: %1. Verifique a conexão de rede e as configurações de proxy.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>a conexão falhou</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer was cut off or unreadable. Try again.</source>
        <translation>A resposta do Microsoft Graph foi cortada ou está ilegível. Tente novamente.</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request too many times; it was stopped.</source>
        <translation>O Microsoft Graph redirecionou a solicitação vezes demais; ela foi interrompida.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired (they last 7 days), so the tenant must be synchronised again in full.</source>
        <translation>O link de controle de alterações salvo expirou (eles duram 7 dias), então o locatário precisa ser sincronizado novamente por completo.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the sign-in token, even a freshly fetched one. Sign in again; if this keeps happening, check the app registration and the tenant.</source>
        <translation>O Microsoft Graph recusou o token de entrada, mesmo um recém-obtido. Entre novamente; se isso continuar acontecendo, verifique o registro de aplicativo e o locatário.</translation>
    </message>
    <message>
        <source>Your role can&apos;t change this user&apos;s methods: an Authentication Administrator can&apos;t act on administrators; a Privileged Authentication Administrator can. The app also needs the UserAuthenticationMethod.ReadWrite.All permission.</source>
        <translation>Sua função não pode alterar os métodos deste usuário: um Administrador de Autenticação não pode agir sobre administradores; um Administrador de Autenticação Privilegiada pode. O aplicativo também precisa da permissão UserAuthenticationMethod.ReadWrite.All.</translation>
    </message>
    <message>
        <source>You can&apos;t read this user&apos;s methods: that needs the UserAuthenticationMethod.Read.All permission and a role such as Global Reader, Authentication Administrator or Privileged Authentication Administrator.</source>
        <translation>Você não pode ler os métodos deste usuário: isso exige a permissão UserAuthenticationMethod.Read.All e uma função como Leitor Global, Administrador de Autenticação ou Administrador de Autenticação Privilegiada.</translation>
    </message>
    <message>
        <source>Changing the authentication methods policy needs the Policy.ReadWrite.AuthenticationMethod permission and the Authentication Policy Administrator role.</source>
        <translation>Alterar a política de métodos de autenticação exige a permissão Policy.ReadWrite.AuthenticationMethod e a função Administrador da Política de Autenticação.</translation>
    </message>
    <message>
        <source>Reading the authentication methods policy needs the Policy.Read.AuthenticationMethod permission and a role such as Global Reader or Authentication Policy Administrator.</source>
        <translation>Ler a política de métodos de autenticação exige a permissão Policy.Read.AuthenticationMethod e uma função como Leitor Global ou Administrador da Política de Autenticação.</translation>
    </message>
    <message>
        <source>Changing the administrator password reset policy needs the Policy.ReadWrite.Authorization permission.</source>
        <translation>Alterar a política de redefinição de senha de administradores exige a permissão Policy.ReadWrite.Authorization.</translation>
    </message>
    <message>
        <source>Reading the authorization policy needs the Policy.Read.All permission.</source>
        <translation>Ler a política de autorização exige a permissão Policy.Read.All.</translation>
    </message>
    <message>
        <source>Managing hardware OATH tokens needs the Policy.ReadWrite.AuthenticationMethod permission and the Authentication Policy Administrator role.</source>
        <translation>Gerenciar tokens OATH de hardware exige a permissão Policy.ReadWrite.AuthenticationMethod e a função Administrador da Política de Autenticação.</translation>
    </message>
    <message>
        <source>The registration report needs the AuditLog.Read.All permission and a role such as Reports Reader, Security Reader or Global Reader.</source>
        <translation>O relatório de registro exige a permissão AuditLog.Read.All e uma função como Leitor de Relatórios, Leitor de Segurança ou Leitor Global.</translation>
    </message>
    <message>
        <source>Creating or changing groups needs the Group.ReadWrite.All (or Group.Create) permission and a role such as Groups Administrator.</source>
        <translation>Criar ou alterar grupos exige a permissão Group.ReadWrite.All (ou Group.Create) e uma função como Administrador de Grupos.</translation>
    </message>
    <message>
        <source>Reading groups and their members needs the GroupMember.Read.All (or Group.Read.All) permission.</source>
        <translation>Ler grupos e seus membros exige a permissão GroupMember.Read.All (ou Group.Read.All).</translation>
    </message>
    <message>
        <source>Changing a user&apos;s profile needs the User.ReadWrite.All permission and a role such as User Administrator.</source>
        <translation>Alterar o perfil de um usuário exige a permissão User.ReadWrite.All e uma função como Administrador de Usuários.</translation>
    </message>
    <message>
        <source>Reading users needs the User.Read.All permission.</source>
        <translation>Ler usuários exige a permissão User.Read.All.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request: your account or the app lacks the permission for it (%1).</source>
        <translation>O Microsoft Graph recusou a solicitação: sua conta ou o aplicativo não tem a permissão para ela (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph can&apos;t find it: the user, group or method may have been deleted or renamed. Sync again to refresh the list.</source>
        <translation>O Microsoft Graph não consegue encontrá-lo: o usuário, o grupo ou o método pode ter sido excluído ou renomeado. Sincronize novamente para atualizar a lista.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling this app, and the request still failed after %n attempt(s). Wait a few minutes and try again.</source>
        <translation>
            <numerusform>O Microsoft Graph está limitando este aplicativo, e a solicitação ainda falhou após %n tentativa. Aguarde alguns minutos e tente novamente.</numerusform>
            <numerusform>O Microsoft Graph está limitando este aplicativo, e a solicitação ainda falhou após %n tentativas. Aguarde alguns minutos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done because an earlier request in the same batch failed.</source>
        <translation>Não realizada porque uma solicitação anterior no mesmo lote falhou.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the change because it conflicts with what is there: %1</source>
        <translation>O Microsoft Graph recusou a alteração porque ela entra em conflito com o que existe: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the change: %1</source>
        <translation>O Microsoft Graph recusou a alteração: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request as invalid (%1).</source>
        <translation>O Microsoft Graph recusou a solicitação como inválida (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>O Microsoft Graph está temporariamente indisponível (HTTP %1). Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>O Microsoft Graph respondeu com o status HTTP %1.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1: %2</source>
        <translation>O Microsoft Graph respondeu com o status HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Graph::IdentityEndpoint</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>A entrada foi cancelada.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service didn&apos;t answer in time. Check the network connection and try again.</source>
        <translation>O serviço de entrada da Microsoft não respondeu a tempo. Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service sent an unreadable answer. Try again.</source>
        <translation>O serviço de entrada da Microsoft enviou uma resposta ilegível. Tente novamente.</translation>
    </message>
    <message>
        <source>The app&apos;s client secret was refused (%1): it is wrong or has expired. Create a new secret in the app registration.</source>
        <translation>O segredo do cliente do aplicativo foi recusado (%1): ele está errado ou expirou. Crie um novo segredo no registro de aplicativo.</translation>
    </message>
    <message>
        <source>The app&apos;s certificate was refused (%1): it is not uploaded to this app registration, has expired, or this computer&apos;s clock is wrong.</source>
        <translation>O certificado do aplicativo foi recusado (%1): ele não foi carregado neste registro de aplicativo, expirou ou o relógio deste computador está errado.</translation>
    </message>
    <message>
        <source>The app (client id) is not registered in this tenant (%1). Check the client id and the tenant.</source>
        <translation>O aplicativo (ID do cliente) não está registrado neste locatário (%1). Verifique o ID do cliente e o locatário.</translation>
    </message>
    <message>
        <source>The tenant was not found (%1). Check the tenant id or domain, and the cloud.</source>
        <translation>O locatário não foi encontrado (%1). Verifique o ID ou domínio do locatário e a nuvem.</translation>
    </message>
    <message>
        <source>The app registration doesn&apos;t allow this sign-in (%1): turn on &quot;Allow public client flows&quot; in its Authentication settings.</source>
        <translation>O registro de aplicativo não permite esta entrada (%1): ative &quot;Permitir fluxos de clientes públicos&quot; nas configurações de Autenticação dele.</translation>
    </message>
    <message>
        <source>The app hasn&apos;t been granted the permissions it asks for (%1). An administrator must grant consent in the app registration.</source>
        <translation>O aplicativo não recebeu as permissões que solicita (%1). Um administrador precisa conceder consentimento no registro de aplicativo.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required (%1). Sign in again interactively.</source>
        <translation>A autenticação multifator é necessária (%1). Entre novamente de forma interativa.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in (%1).</source>
        <translation>Uma política de Acesso Condicional bloqueou a entrada (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Sua entrada expirou ou foi revogada (%1). Entre novamente.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials were refused (%1). Check the client secret or certificate of the app registration.</source>
        <translation>As credenciais do aplicativo foram recusadas (%1). Verifique o segredo do cliente ou o certificado do registro de aplicativo.</translation>
    </message>
    <message>
        <source>The app is not allowed to sign in this way (%1). Check the app registration.</source>
        <translation>O aplicativo não tem permissão para entrar dessa forma (%1). Verifique o registro de aplicativo.</translation>
    </message>
    <message>
        <source>The permissions asked for are not valid for this app or cloud (%1).</source>
        <translation>As permissões solicitadas não são válidas para este aplicativo ou nuvem (%1).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled, or consent was refused (%1).</source>
        <translation>A entrada foi cancelada ou o consentimento foi recusado (%1).</translation>
    </message>
    <message>
        <source>Sign-in was declined on the verification page.</source>
        <translation>A entrada foi recusada na página de verificação.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>O código de entrada expirou antes de ser usado. Inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised. Start the sign-in again.</source>
        <translation>O código de entrada não foi reconhecido. Inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is temporarily unavailable (%1). Try again in a few minutes.</source>
        <translation>O serviço de entrada da Microsoft está temporariamente indisponível (%1). Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1).</source>
        <translation>Falha ao entrar (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Falha ao entrar (%1).</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach the Microsoft sign-in service: %1.</source>
        <translation>Não foi possível acessar o serviço de entrada da Microsoft: %1.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AddMethodDialog</name>
    <message>
        <source>Add authentication method — %1</source>
        <translation>Adicionar método de autenticação — %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Phone number — mobile</source>
        <translation>Número de telefone — celular</translation>
    </message>
    <message>
        <source>Phone number — alternate mobile</source>
        <translation>Número de telefone — celular alternativo</translation>
    </message>
    <message>
        <source>Phone number — office</source>
        <translation>Número de telefone — comercial</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de email</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Country or region for numbers without a country code</source>
        <translation>País ou região para números sem código do país</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;País ou região:</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>Editar %1 — %2</translation>
    </message>
    <message>
        <source>The kind of a phone method cannot change: add the new kind, then delete the old one.</source>
        <translation>O tipo de um método de telefone não pode mudar: adicione o novo tipo e depois exclua o antigo.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Número de telefone:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Endereço de email:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>e.g. +49 170 1234567, (425) 555-0100, 0170 1234567</source>
        <translation>p. ex. +49 170 1234567, (425) 555-0100, 0170 1234567</translation>
    </message>
    <message>
        <source>e.g. kim@example.com</source>
        <translation>p. ex. kim@example.com</translation>
    </message>
    <message>
        <source>Type the number with its country code (+CC), or in the national format of the country chosen above.</source>
        <translation>Digite o número com o código do país (+CC) ou no formato nacional do país escolhido acima.</translation>
    </message>
    <message>
        <source>Type the address the user will receive reset codes at.</source>
        <translation>Digite o endereço no qual o usuário receberá os códigos de redefinição.</translation>
    </message>
    <message>
        <source>Will be saved as %1 — %2.</source>
        <translation>Será salvo como %1 — %2.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this number is already registered for %n other account(s): %1</source>
        <translation>
            <numerusform>Observação: este número já está registrado em %n outra conta: %1</numerusform>
            <numerusform>Observação: este número já está registrado em %n outras contas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be saved as %1.</source>
        <translation>Será salvo como %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AdminPolicyPage</name>
    <message>
        <source>Administrator policy</source>
        <translation>Política de administrador</translation>
    </message>
    <message>
        <source>Administrators reset their password under a policy of Microsoft&apos;s that cannot be edited. The settings on the other pages do not apply to them.</source>
        <translation>Os administradores redefinem a senha sob uma política da Microsoft que não pode ser editada. As configurações das outras páginas não se aplicam a eles.</translation>
    </message>
    <message>
        <source>The two-gate policy</source>
        <translation>A política de duas portas</translation>
    </message>
    <message>
        <source>• Who: every account holding one of about 70 administrator roles (Global, Privileged Authentication, Authentication, Password, User, Helpdesk, Exchange, SharePoint, Security and Billing Administrator, and more).
• Two gates: an administrator proves their identity with two pieces of data, such as a mobile phone and an email address or the Microsoft Authenticator app.
• Security questions are never allowed for administrators.
• It becomes a one-gate policy in a trial of under 30 days, or in a tenant without a custom domain and without directory synchronisation.
• It is independent of the Authentication methods policy and of the scope set on Properties.</source>
        <translation>• Quem: toda conta que tenha uma das cerca de 70 funções de administrador (Administrador Global, de Autenticação Privilegiada, de Autenticação, de Senha, de Usuários, de Assistência Técnica, do Exchange, do SharePoint, de Segurança e de Cobrança, entre outras).
• Duas portas: um administrador comprova a identidade com dois dados, como um telefone celular e um endereço de email ou o aplicativo Microsoft Authenticator.
• Perguntas de segurança nunca são permitidas para administradores.
• Torna-se uma política de uma porta em uma avaliação de menos de 30 dias, ou em um locatário sem domínio personalizado e sem sincronização de diretório.
• É independente da política de métodos de autenticação e do escopo definido em Propriedades.</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Somente administradores</translation>
    </message>
    <message>
        <source>Administrators may use self-service password reset (administrators only)</source>
        <translation>Os administradores podem usar a redefinição de senha por autoatendimento (somente administradores)</translation>
    </message>
    <message>
        <source>Allow &amp;administrators to use self-service password reset? (administrators only)</source>
        <translation>Permitir que os &amp;administradores usem a redefinição de senha por autoatendimento? (somente administradores)</translation>
    </message>
    <message>
        <source>This switch (allowedToUseSSPR in Graph&apos;s authorization policy) concerns administrators only; it does not turn password reset on or off for users. With No, administrators who are also in the users&apos; scope are told they cannot register. A change can take up to an hour to apply.</source>
        <translation>Esta opção (allowedToUseSSPR na política de autorização do Graph) se aplica somente a administradores; ela não ativa nem desativa a redefinição de senha para usuários. Com Não, os administradores que também estão no escopo dos usuários são informados de que não podem se registrar. Uma alteração pode levar até uma hora para entrar em vigor.</translation>
    </message>
    <message numerus="yes">
        <source>In this tenant it covers %n administrator account(s).</source>
        <translation>
            <numerusform>Neste locatário, ela abrange %n conta de administrador.</numerusform>
            <numerusform>Neste locatário, ela abrange %n contas de administrador.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrators could not be counted: %1</source>
        <translation>Não foi possível contar os administradores: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor antigo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>Every change made through the console or ssprctl: when, who, what was changed, the old and the new value.</source>
        <translation>Cada alteração feita pelo console ou pelo ssprctl: quando, quem, o que foi alterado, o valor antigo e o novo.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar o log de auditoria</translation>
    </message>
    <message>
        <source>Who, action, target, setting or value</source>
        <translation>Quem, ação, destino, configuração ou valor</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exportar o log de auditoria como CSV</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Não foi possível ler o log de auditoria: %1</translation>
    </message>
    <message>
        <source>Nothing has been logged yet. Every change saved through the console or ssprctl will be listed here.</source>
        <translation>Nada foi registrado ainda. Cada alteração salva pelo console ou pelo ssprctl será listada aqui.</translation>
    </message>
    <message>
        <source>No entry matches “%1”.</source>
        <translation>Nenhuma entrada corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Reverter…</translation>
    </message>
    <message>
        <source>Revert the selected change</source>
        <translation>Reverter a alteração selecionada</translation>
    </message>
    <message>
        <source>Revert the change?</source>
        <translation>Reverter a alteração?</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; back to &quot;%2&quot;? The change is staged on its page for you to review and save.</source>
        <translation>Definir &quot;%1&quot; de volta como &quot;%2&quot;? A alteração fica preparada na página dela para você revisar e salvar.</translation>
    </message>
    <message>
        <source>Select a policy change to revert it.</source>
        <translation>Selecione uma alteração de política para revertê-la.</translation>
    </message>
    <message>
        <source>Stage the old value of this setting again</source>
        <translation>Preparar novamente o valor antigo desta configuração</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuditRevert</name>
    <message>
        <source>Save or discard the policy changes you are making first.</source>
        <translation>Salve ou descarte primeiro as alterações de política que você está fazendo.</translation>
    </message>
    <message>
        <source>Security questions are changed on the Authentication methods page.</source>
        <translation>As perguntas de segurança são alteradas na página Métodos de autenticação.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not unique or no longer exists: choose the group on the Properties page.</source>
        <translation>O grupo &quot;%1&quot; não é único ou não existe mais: escolha o grupo na página Propriedades.</translation>
    </message>
    <message>
        <source>The setting has changed since: it is now &quot;%1&quot;.</source>
        <translation>A configuração mudou desde então: agora é &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The old value cannot be set again: %1</source>
        <translation>Não é possível definir o valor antigo novamente: %1</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not known.</source>
        <translation>O método &quot;%1&quot; não é conhecido.</translation>
    </message>
    <message>
        <source>The setting has changed since the entry was logged.</source>
        <translation>A configuração mudou desde que a entrada foi registrada.</translation>
    </message>
    <message>
        <source>The old state &quot;%1&quot; is not one the console can set.</source>
        <translation>O estado antigo &quot;%1&quot; não é um que o console possa definir.</translation>
    </message>
    <message>
        <source>The old value &quot;%1&quot; is not a number of days.</source>
        <translation>O valor antigo &quot;%1&quot; não é um número de dias.</translation>
    </message>
    <message>
        <source>Targets and method settings are reverted on the Authentication methods page.</source>
        <translation>Destinos e configurações de métodos são revertidos na página Métodos de autenticação.</translation>
    </message>
    <message>
        <source>Only policy changes can be reverted from the audit log.</source>
        <translation>Somente alterações de política podem ser revertidas pelo log de auditoria.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthMethodsPage</name>
    <message>
        <source>Authentication methods</source>
        <translation>Métodos de autenticação</translation>
    </message>
    <message>
        <source>How users prove who they are before they reset. Microsoft recommends two or more methods.</source>
        <translation>Como os usuários comprovam quem são antes de redefinir. A Microsoft recomenda dois ou mais métodos.</translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <source>Number of methods required to reset: 1</source>
        <translation>Número de métodos necessários para redefinir: 1</translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <source>Number of methods required to reset: 2</source>
        <translation>Número de métodos necessários para redefinir: 2</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Número de métodos necessários para redefinir</translation>
    </message>
    <message>
        <source>In the Authentication methods policy: %1</source>
        <translation>Na política de métodos de autenticação: %1</translation>
    </message>
    <message>
        <source>Methods available to users</source>
        <translation>Métodos disponíveis para os usuários</translation>
    </message>
    <message>
        <source>Number of questions required to register</source>
        <translation>Número de perguntas necessárias para o registro</translation>
    </message>
    <message>
        <source>Number of questions required to reset</source>
        <translation>Número de perguntas necessárias para redefinir</translation>
    </message>
    <message>
        <source>Number of questions required to r&amp;egister:</source>
        <translation>Número de perguntas necessárias para o r&amp;egistro:</translation>
    </message>
    <message>
        <source>Number of questions required to re&amp;set:</source>
        <translation>Número de perguntas necessárias para rede&amp;finir:</translation>
    </message>
    <message>
        <source>Select security &amp;questions</source>
        <translation>Selecionar &amp;perguntas de segurança</translation>
    </message>
    <message>
        <source>+ &amp;Predefined</source>
        <translation>+ Pre&amp;definidas</translation>
    </message>
    <message>
        <source>Add predefined questions</source>
        <translation>Adicionar perguntas predefinidas</translation>
    </message>
    <message>
        <source>+ &amp;Custom</source>
        <translation>+ Perso&amp;nalizada</translation>
    </message>
    <message>
        <source>Add a custom question</source>
        <translation>Adicionar uma pergunta personalizada</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Remover a pergunta selecionada</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Perguntas de segurança</translation>
    </message>
    <message>
        <source>Authentication methods policy</source>
        <translation>Política de métodos de autenticação</translation>
    </message>
    <message>
        <source>Entra&apos;s newer, tenant-wide policy. During the migration the two are combined: a method enabled in either is usable for reset; once the migration is complete, only this policy counts for the methods.</source>
        <translation>A política mais recente do Entra, para todo o locatário. Durante a migração, as duas são combinadas: um método habilitado em qualquer uma delas pode ser usado para redefinir; depois que a migração é concluída, somente esta política vale para os métodos.</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizada)</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 de %2 perguntas</translation>
    </message>
    <message>
        <source>The pool holds the most questions allowed (%1). Remove one to add another.</source>
        <translation>O conjunto contém o máximo de perguntas permitido (%1). Remova uma para adicionar outra.</translation>
    </message>
    <message>
        <source>&amp;Question (at most %1 characters; custom questions are not translated):</source>
        <translation>&amp;Pergunta (no máximo %1 caracteres; perguntas personalizadas não são traduzidas):</translation>
    </message>
    <message>
        <source>Custom question</source>
        <translation>Pergunta personalizada</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthenticatorQrDialog</name>
    <message>
        <source>Authenticator QR code</source>
        <translation>Código QR do autenticador</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::AuthenticatorQrPage</name>
    <message>
        <source>Authenticator QR</source>
        <translation>QR do autenticador</translation>
    </message>
    <message>
        <source>Give a user a key for an authenticator app: generate it, let the user scan the QR code, and confirm the first code their app shows. The console records who got which token, never the secret.</source>
        <translation>Dê a um usuário uma chave para um aplicativo autenticador: gere-a, deixe o usuário ler o código QR e confirme o primeiro código que o aplicativo dele mostrar. O console registra quem recebeu qual token, nunca o segredo.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Find &amp;user:</source>
        <translation>Locali&amp;zar usuário:</translation>
    </message>
    <message>
        <source>Find user</source>
        <translation>Localizar usuário</translation>
    </message>
    <message>
        <source>Type part of a name or user principal name. Press Down to move to the results, Enter to generate a key for the chosen user.</source>
        <translation>Digite parte de um nome ou nome UPN. Pressione Seta para Baixo para ir aos resultados e Enter para gerar uma chave para o usuário escolhido.</translation>
    </message>
    <message>
        <source>Name or user principal name</source>
        <translation>Nome ou nome UPN</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Usuários correspondentes</translation>
    </message>
    <message>
        <source>Key settings</source>
        <translation>Configurações da chave</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>The name the authenticator app shows above the account.</source>
        <translation>O nome que o aplicativo autenticador mostra acima da conta.</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>6 (default)</source>
        <translation>6 (padrão)</translation>
    </message>
    <message>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>30 seconds (default)</source>
        <translation>30 segundos (padrão)</translation>
    </message>
    <message>
        <source>60 seconds</source>
        <translation>60 segundos</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>SHA1 (default)</source>
        <translation>SHA1 (padrão)</translation>
    </message>
    <message>
        <source>Advanced: keep the defaults unless every app your users have supports the others.</source>
        <translation>Avançado: mantenha os padrões, a menos que todos os aplicativos dos seus usuários sejam compatíveis com os outros.</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Dígitos:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Generate key and QR code</source>
        <translation>Gerar chave e código QR</translation>
    </message>
    <message>
        <source>Makes a new key for the chosen user and records the token (Enter).</source>
        <translation>Cria uma nova chave para o usuário escolhido e registra o token (Enter).</translation>
    </message>
    <message>
        <source>Sheets for a gr&amp;oup…</source>
        <translation>Folhas para um gr&amp;upo…</translation>
    </message>
    <message>
        <source>Sheets for a group</source>
        <translation>Folhas para um grupo</translation>
    </message>
    <message>
        <source>Keys for every member of a group: one PDF page per user and the Entra OATH CSV.</source>
        <translation>Chaves para cada membro de um grupo: uma página PDF por usuário e o CSV OATH do Entra.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Choose a user and press Generate.
The QR code appears here.</source>
        <translation>Escolha um usuário e clique em Gerar.
O código QR aparece aqui.</translation>
    </message>
    <message>
        <source>Clear &amp;now</source>
        <translation>&amp;Limpar agora</translation>
    </message>
    <message>
        <source>Clear the QR code and secret now</source>
        <translation>Limpar o código QR e o segredo agora</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Hidden until you reveal it. For users who cannot scan the QR code.</source>
        <translation>Oculta até você revelá-la. Para usuários que não conseguem ler o código QR.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Revelar segredo</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Chave secreta:</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>C&amp;opiar segredo</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar segredo</translation>
    </message>
    <message>
        <source>Copy o&amp;tpauth URI</source>
        <translation>Copiar URI o&amp;tpauth</translation>
    </message>
    <message>
        <source>Copy otpauth URI</source>
        <translation>Copiar URI otpauth</translation>
    </message>
    <message>
        <source>The otpauth:// link the QR code holds, for apps that can import it.</source>
        <translation>O link otpauth:// contido no código QR, para aplicativos que podem importá-lo.</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código do aplicativo</translation>
    </message>
    <message>
        <source>The code the user&apos;s authenticator app shows now. Press Enter to check it.</source>
        <translation>O código que o aplicativo autenticador do usuário mostra agora. Pressione Enter para verificá-lo.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Verificar código</translation>
    </message>
    <message>
        <source>Code &amp;from the app:</source>
        <translation>Código do apl&amp;icativo:</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Salvar o código QR como imagem PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Salvar o código QR como imagem SVG</translation>
    </message>
    <message>
        <source>PDF handout…</source>
        <translation>Folheto PDF…</translation>
    </message>
    <message>
        <source>Save a PDF handout</source>
        <translation>Salvar um folheto PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Imprimir um folheto</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Salvar como:</translation>
    </message>
    <message>
        <source>&amp;Write the key in clear on PDF and printed sheets</source>
        <translation>Escre&amp;ver a chave em texto claro nas folhas PDF e impressas</translation>
    </message>
    <message>
        <source>Write the key in clear on PDF and printed sheets</source>
        <translation>Escrever a chave em texto claro nas folhas PDF e impressas</translation>
    </message>
    <message>
        <source>For users who cannot scan: they type the key instead. Anyone who sees the sheet can then make the codes.</source>
        <translation>Para usuários que não conseguem ler o código: eles digitam a chave. Quem vir a folha também poderá gerar os códigos.</translation>
    </message>
    <message>
        <source>The secret</source>
        <translation>O segredo</translation>
    </message>
    <message>
        <source>The otpauth URI</source>
        <translation>O URI otpauth</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There are no users in this store.</source>
        <translation>Não há usuários neste repositório.</translation>
    </message>
    <message>
        <source>No users match “%1”. Search looks at the start of each word of a name, user principal name or mail.</source>
        <translation>Nenhum usuário corresponde a “%1”. A pesquisa considera o início de cada palavra de um nome, nome UPN ou email.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n match(es); type more to narrow the list.</source>
        <translation>
            <numerusform>Mostrando a primeira correspondência; digite mais para restringir a lista.</numerusform>
            <numerusform>Mostrando as primeiras %n correspondências; digite mais para restringir a lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>That user is no longer in the store.</source>
        <translation>Esse usuário não está mais no repositório.</translation>
    </message>
    <message>
        <source>Key for &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Chave para &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>A guest account: Entra&apos;s OATH tokens are not for guests, so this key may not work for sign-in.</source>
        <translation>Uma conta de convidado: os tokens OATH do Entra não são para convidados, então esta chave pode não funcionar para entrar.</translation>
    </message>
    <message>
        <source>Key for %1, %2</source>
        <translation>Chave para %1, %2</translation>
    </message>
    <message>
        <source>Authenticator QR code — %1</source>
        <translation>Código QR do autenticador — %1</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account so the user can tell keys apart.</source>
        <translation>Insira um emissor: o aplicativo o mostra acima da conta para que o usuário possa distinguir as chaves.</translation>
    </message>
    <message>
        <source>No user chosen yet: find one above.</source>
        <translation>Nenhum usuário escolhido ainda: localize um acima.</translation>
    </message>
    <message>
        <source>Choose a user first: type part of their name above, then pick them from the list.</source>
        <translation>Escolha primeiro um usuário: digite parte do nome acima e selecione-o na lista.</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account.</source>
        <translation>Insira um emissor: o aplicativo o mostra acima da conta.</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>Nenhuma chave foi criada: %1</translation>
    </message>
    <message>
        <source>The token could not be recorded, so no key is shown: %1</source>
        <translation>O token não pôde ser registrado, então nenhuma chave é mostrada: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Token %3 · issued %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Token %3 · emitido em %4</translation>
    </message>
    <message>
        <source>%1-digit code</source>
        <translation>Código de %1 dígitos</translation>
    </message>
    <message>
        <source>Token %1 issued to %2 and recorded. Let the user scan the code, then type the code their app shows to confirm it.</source>
        <translation>Token %1 emitido para %2 e registrado. Deixe o usuário ler o código e depois digite o código que o aplicativo dele mostrar para confirmá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>The QR code and the secret were cleared after %n second(s). Generate a new key if the user did not scan it in time.</source>
        <translation>
            <numerusform>O código QR e o segredo foram limpos após %n segundo. Gere uma nova chave se o usuário não o leu a tempo.</numerusform>
            <numerusform>O código QR e o segredo foram limpos após %n segundos. Gere uma nova chave se o usuário não o leu a tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code and the secret were cleared when you left the page.</source>
        <translation>O código QR e o segredo foram limpos quando você saiu da página.</translation>
    </message>
    <message>
        <source>The QR code and the secret were cleared.</source>
        <translation>O código QR e o segredo foram limpos.</translation>
    </message>
    <message>
        <source>The QR code and the secret stay until you clear them or leave the page.</source>
        <translation>O código QR e o segredo permanecem até você limpá-los ou sair da página.</translation>
    </message>
    <message>
        <source>The QR code and the secret clear themselves in %1.</source>
        <translation>O código QR e o segredo se limpam sozinhos em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Clears in %n minute(s)</source>
        <translation>
            <numerusform>Limpa em %n minuto</numerusform>
            <numerusform>Limpa em %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar segredo</translation>
    </message>
    <message>
        <source>%1 is on the clipboard. It is removed from there when the QR code clears.</source>
        <translation>%1 está na área de transferência. Ele é removido de lá quando o código QR é limpo.</translation>
    </message>
    <message>
        <source>Type the code the user&apos;s app shows now.</source>
        <translation>Digite o código que o aplicativo do usuário mostra agora.</translation>
    </message>
    <message>
        <source>✗ Refused: a code has only digits.</source>
        <translation>✗ Recusado: um código tem apenas dígitos.</translation>
    </message>
    <message>
        <source>✗ Refused: the code has %1 digits, but this key makes %2-digit codes. Check that the user scanned this QR code.</source>
        <translation>✗ Recusado: o código tem %1 dígitos, mas esta chave gera códigos de %2 dígitos. Verifique se o usuário leu este código QR.</translation>
    </message>
    <message>
        <source>✓ Accepted: the app makes the right codes. The user is set up.</source>
        <translation>✓ Aceito: o aplicativo gera os códigos certos. O usuário está configurado.</translation>
    </message>
    <message>
        <source>✓ Accepted, but the phone&apos;s clock looks about %1 seconds behind. Ask the user to set the date and time automatically, or codes may stop working.</source>
        <translation>✓ Aceito, mas o relógio do telefone parece estar cerca de %1 segundos atrasado. Peça ao usuário para definir a data e a hora automaticamente, ou os códigos podem parar de funcionar.</translation>
    </message>
    <message>
        <source>✓ Accepted, but the phone&apos;s clock looks about %1 seconds ahead. Ask the user to set the date and time automatically, or codes may stop working.</source>
        <translation>✓ Aceito, mas o relógio do telefone parece estar cerca de %1 segundos adiantado. Peça ao usuário para definir a data e a hora automaticamente, ou os códigos podem parar de funcionar.</translation>
    </message>
    <message>
        <source>The check was not written to the audit log: %1</source>
        <translation>A verificação não foi gravada no log de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Refused: this code belongs to the key, but to %1 earlier: the phone&apos;s clock is about %1 behind. Ask the user to set the date and time automatically, then type a new code.</source>
        <translation>✗ Recusado: este código pertence à chave, mas a %1 antes: o relógio do telefone está cerca de %1 atrasado. Peça ao usuário para definir a data e a hora automaticamente e depois digite um novo código.</translation>
    </message>
    <message>
        <source>✗ Refused: this code belongs to the key, but to %1 later: the phone&apos;s clock is about %1 ahead. Ask the user to set the date and time automatically, then type a new code.</source>
        <translation>✗ Recusado: este código pertence à chave, mas a %1 depois: o relógio do telefone está cerca de %1 adiantado. Peça ao usuário para definir a data e a hora automaticamente e depois digite um novo código.</translation>
    </message>
    <message>
        <source>✗ Refused: the code does not match this key. Check that the user scanned this QR code (%1, %2) and typed the code shown now.</source>
        <translation>✗ Recusado: o código não corresponde a esta chave. Verifique se o usuário leu este código QR (%1, %2) e digitou o código mostrado agora.</translation>
    </message>
    <message>
        <source>There is no key to save: generate one first.</source>
        <translation>Não há chave para salvar: gere uma primeiro.</translation>
    </message>
    <message>
        <source>Unknown file format.</source>
        <translation>Formato de arquivo desconhecido.</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Salvar o código QR como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Salvar o código QR como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: the key was cleared while the file dialog was open.</source>
        <translation>Nada foi salvo: a chave foi limpa enquanto a caixa de diálogo de arquivo estava aberta.</translation>
    </message>
    <message>
        <source>Saved %1 (readable only by you). It holds the secret: delete it once the user has set up the app.</source>
        <translation>%1 salvo (legível apenas por você). Ele contém o segredo: exclua-o assim que o usuário configurar o aplicativo.</translation>
    </message>
    <message>
        <source>There is no key to print: generate one first.</source>
        <translation>Não há chave para imprimir: gere uma primeiro.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>Não foi possível imprimir a página.</translation>
    </message>
    <message>
        <source>Authenticator setup for %1</source>
        <translation>Configuração do autenticador para %1</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir o folheto</translation>
    </message>
    <message>
        <source>Nothing was printed: the key was cleared while the print dialog was open.</source>
        <translation>Nada foi impresso: a chave foi limpa enquanto a caixa de diálogo de impressão estava aberta.</translation>
    </message>
    <message>
        <source>The handout for %1 was sent to the printer. Hand it over in person and have it shredded after setup.</source>
        <translation>O folheto de %1 foi enviado para a impressora. Entregue-o pessoalmente e peça que seja destruído após a configuração.</translation>
    </message>
    <message>
        <source>The secret is hidden: reveal it first, or use Copy secret.</source>
        <translation>O segredo está oculto: revele-o primeiro ou use Copiar segredo.</translation>
    </message>
    <message>
        <source>No user matches “%1”, so no key was made.</source>
        <translation>Nenhum usuário corresponde a “%1”, então nenhuma chave foi criada.</translation>
    </message>
    <message>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <source>Register in Entra ID</source>
        <translation>Registrar no Entra ID</translation>
    </message>
    <message>
        <source>Also register this token in Entra ID (&amp;beta API)</source>
        <translation>Registrar também este token no Entra ID (API &amp;beta)</translation>
    </message>
    <message>
        <source>Also register this token in Entra ID (beta API)</source>
        <translation>Registrar também este token no Entra ID (API beta)</translation>
    </message>
    <message>
        <source>Registers the key as a programmable hardware OATH token assigned to the user, so they can sign in with their app&apos;s codes once it is activated.</source>
        <translation>Registra a chave como um token OATH de hardware programável atribuído ao usuário, para que ele possa entrar com os códigos do aplicativo depois que o token for ativado.</translation>
    </message>
    <message>
        <source>Uses Microsoft Graph beta hardware OATH APIs; the secret is sent once over TLS and not kept. Microsoft does not document registering an app&apos;s key as a programmable token as supported: treat it as a preview.</source>
        <translation>Usa as APIs beta de OATH de hardware do Microsoft Graph; o segredo é enviado uma vez por TLS e não é mantido. A Microsoft não documenta como suportado o registro da chave de um aplicativo como token programável: trate isso como uma versão prévia.</translation>
    </message>
    <message>
        <source>Code fro&amp;m the app:</source>
        <translation>Código &amp;mostrado no aplicativo:</translation>
    </message>
    <message>
        <source>Code for activating the token in Entra ID</source>
        <translation>Código para ativar o token no Entra ID</translation>
    </message>
    <message>
        <source>The code the user&apos;s authenticator app shows now. Press Enter or Activate to activate the token.</source>
        <translation>O código que o aplicativo autenticador do usuário mostra agora. Pressione Enter ou Ativar para ativar o token.</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Activate the token in Entra ID</source>
        <translation>Ativar o token no Entra ID</translation>
    </message>
    <message>
        <source>Signing in to the tenant before registering the token…</source>
        <translation>Entrando no locatário antes de registrar o token…</translation>
    </message>
    <message>
        <source>✗ Not registered in Entra ID: the sign-in failed: %1</source>
        <translation>✗ Não registrado no Entra ID: falha ao entrar: %1</translation>
    </message>
    <message>
        <source>✗ Not registered in Entra ID: the key was cleared before the sign-in finished. Generate a new one.</source>
        <translation>✗ Não registrado no Entra ID: a chave foi limpa antes de a entrada terminar. Gere uma nova.</translation>
    </message>
    <message>
        <source>%1 (authenticator app)</source>
        <translation>%1 (aplicativo autenticador)</translation>
    </message>
    <message>
        <source>Token %1 is registered in Entra ID and assigned to the user (device %2). Once the user has scanned the code, type the code their app shows now and press Activate.</source>
        <translation>O token %1 está registrado no Entra ID e atribuído ao usuário (dispositivo %2). Depois que o usuário ler o código, digite o código que o aplicativo dele mostra agora e clique em Ativar.</translation>
    </message>
    <message>
        <source>✓ Activated in Entra ID: the user can now sign in with the codes from this app.</source>
        <translation>✓ Ativado no Entra ID: o usuário agora pode entrar com os códigos deste aplicativo.</translation>
    </message>
    <message>
        <source>To try again, clear the tick and set it again, or generate a new key.</source>
        <translation>Para tentar novamente, desmarque a caixa e marque-a de novo, ou gere uma nova chave.</translation>
    </message>
    <message>
        <source>Registering token %1 in Entra ID…</source>
        <translation>Registrando o token %1 no Entra ID…</translation>
    </message>
    <message>
        <source>Activating the token in Entra ID…</source>
        <translation>Ativando o token no Entra ID…</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::BladePage</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>As alterações não foram salvas: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The password reset policy has unsaved changes.</source>
        <translation>A política de redefinição de senha tem alterações não salvas.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are: %1</source>
        <translation>Elas não podem ser salvas como estão: %1</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Salvá-las antes de sair?</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ConnectDialog</name>
    <message>
        <source>Connect to a tenant</source>
        <translation>Conectar a um locatário</translation>
    </message>
    <message>
        <source>A connected tenant gets a profile of its own: its users, groups and policy are synced into a local store, and your changes are sent to Microsoft Graph. You need an app registration in the tenant with the Graph permissions the console uses.</source>
        <translation>Um locatário conectado recebe um perfil próprio: os usuários, grupos e políticas dele são sincronizados em um repositório local, e suas alterações são enviadas ao Microsoft Graph. Você precisa de um registro de aplicativo no locatário com as permissões do Graph que o console usa.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation>Microsoft Entra ID (global)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Governo dos EUA (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Governo dos EUA (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (operado pela 21Vianet)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>N&amp;uvem:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locatário</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the directory (tenant) id</source>
        <translation>contoso.onmicrosoft.com ou o ID do diretório (locatário)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locatário:</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>ID do aplicativo (cliente)</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (&amp;client) id:</source>
        <translation>ID do aplicativo (&amp;cliente):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Nome do &amp;perfil:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>&amp;Browser: sign in as yourself in the system browser</source>
        <translation>&amp;Navegador: entrar com sua própria conta no navegador do sistema</translation>
    </message>
    <message>
        <source>&amp;Device code: sign in as yourself on any device with a code</source>
        <translation>Código do &amp;dispositivo: entrar com sua própria conta em qualquer dispositivo com um código</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret (no user)</source>
        <translation>Aplicativo com &amp;segredo do cliente (sem usuário)</translation>
    </message>
    <message>
        <source>Application with a c&amp;ertificate (no user)</source>
        <translation>Aplicativo com c&amp;ertificado (sem usuário)</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Arquivo de certificado:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Arquivo de certificado</translation>
    </message>
    <message>
        <source>PKCS#12 (.pfx) or PEM with the private key</source>
        <translation>PKCS#12 (.pfx) ou PEM com a chave privada</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Escolher o certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation>Certificados (*.pfx *.p12 *.pem);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Secrets and sign-in tokens are kept only in your system keychain.</source>
        <translation>Os segredos e tokens de entrada são mantidos apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Use other endpoints (testing)</source>
        <translation>Usar outros pontos de extremidade (testes)</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>URL da autoridade de entrada</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>URL do Graph</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Autoridade de en&amp;trada:</translation>
    </message>
    <message>
        <source>&amp;Graph:</source>
        <translation>&amp;Graph:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Sen&amp;ha do certificado:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Segredo do cl&amp;iente:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Senha do certificado</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>Enter the tenant and the application (client) id of your app registration.</source>
        <translation>Insira o locatário e o ID do aplicativo (cliente) do seu registro de aplicativo.</translation>
    </message>
    <message>
        <source>The endpoint addresses must be complete web addresses such as https://graph.microsoft.com.</source>
        <translation>Os endereços dos pontos de extremidade devem ser endereços Web completos, como https://graph.microsoft.com.</translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its id).</source>
        <translation>Insira o segredo do cliente (o valor dele, não o ID).</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;: escolha outro nome.</translation>
    </message>
    <message>
        <source>Signing in as the application…</source>
        <translation>Entrando como o aplicativo…</translation>
    </message>
    <message>
        <source>Signing in… finish the sign-in where it asks you to.</source>
        <translation>Entrando… conclua a entrada onde for solicitado.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Entrada cancelada.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::CreateGroupDialog</name>
    <message>
        <source>New security group</source>
        <translation>Novo grupo de segurança</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>e.g. Password Self Reset</source>
        <translation>p. ex. Password Self Reset</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nome do grupo:</translation>
    </message>
    <message>
        <source>Group description</source>
        <translation>Descrição do grupo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>Apelido de email</translation>
    </message>
    <message>
        <source>&amp;Mail nickname:</source>
        <translation>Apelido de e&amp;mail:</translation>
    </message>
    <message>
        <source>A security group: members can be given access and scoped for password reset. The mail nickname is required and unique; it cannot contain spaces or any of @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,</source>
        <translation>Um grupo de segurança: os membros podem receber acesso e a redefinição de senha pode ser limitada a ele. O apelido de email é obrigatório e exclusivo; não pode conter espaços nem @ ( ) \ [ ] &quot; ; : . &lt; &gt; ,</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>A description can be at most %1 characters long.</source>
        <translation>Uma descrição pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Não criado: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::CustomizationPage</name>
    <message>
        <source>Customization</source>
        <translation>Personalização</translation>
    </message>
    <message>
        <source>Without a custom link, ǌontact your administrator” mails the password, user or global administrators (at most 100 recipients).</source>
        <translation>Sem um link personalizado, “Entre em contato com o administrador” envia email aos administradores de senha, de usuários ou globais (no máximo 100 destinatários).</translation>
    </message>
    <message>
        <source>Customize helpdesk link</source>
        <translation>Personalizar link de assistência técnica</translation>
    </message>
    <message>
        <source>Customize &amp;helpdesk link?</source>
        <translation>Personalizar link de assistência &amp;técnica?</translation>
    </message>
    <message>
        <source>Custom helpdesk email or URL</source>
        <translation>Email ou URL de assistência técnica personalizada</translation>
    </message>
    <message>
        <source>e.g. helpdesk@example.com or https://help.example.com/password</source>
        <translation>p. ex. helpdesk@example.com ou https://help.example.com/password</translation>
    </message>
    <message>
        <source>Custom helpdesk &amp;email or URL</source>
        <translation>&amp;Email ou URL de assistência técnica personalizada</translation>
    </message>
    <message>
        <source>Use a mailbox or page that does not itself depend on this tenant: the people who need it cannot sign in.</source>
        <translation>Use uma caixa de correio ou página que não dependa deste locatário: as pessoas que precisam dela não conseguem entrar.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation>Entrar com um código</translation>
    </message>
    <message>
        <source>On any device with a browser, open the page below, enter the code, and sign in with an account that may manage authentication methods in this tenant.</source>
        <translation>Em qualquer dispositivo com navegador, abra a página abaixo, insira o código e entre com uma conta que possa gerenciar métodos de autenticação neste locatário.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de entrada</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Código a inserir</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>&amp;Abrir página de entrada</translation>
    </message>
    <message>
        <source>Code copied. Waiting for you to finish signing in…</source>
        <translation>Código copiado. Aguardando você concluir a entrada…</translation>
    </message>
    <message>
        <source>Time left to enter the code</source>
        <translation>Tempo restante para inserir o código</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Aguardando você concluir a entrada…</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>faltam %1:%2</translation>
    </message>
    <message>
        <source>The code has expired. Close this window and start the sign-in again.</source>
        <translation>O código expirou. Feche esta janela e inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::FieldNote</name>
    <message>
        <source>Error: </source>
        <translation>Erro: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupListModel</name>
    <message numerus="yes">
        <source>%Ln direct member(s); select the group to count those of nested groups too</source>
        <translation>
            <numerusform>%Ln membro direto; selecione o grupo para contar também os de grupos aninhados</numerusform>
            <numerusform>%Ln membros diretos; selecione o grupo para contar também os de grupos aninhados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln direct member(s)</source>
        <translation>
            <numerusform>%1, %Ln membro direto</numerusform>
            <numerusform>%1, %Ln membros diretos</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Membros diretos</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>Apelido de email</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupMemberModel</name>
    <message>
        <source>Direct</source>
        <translation>Direta</translation>
    </message>
    <message>
        <source>Through a nested group</source>
        <translation>Por meio de um grupo aninhado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nome UPN</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Associação</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupPickerDialog</name>
    <message>
        <source>Select group</source>
        <translation>Selecionar grupo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Pesquisar grupos</translation>
    </message>
    <message>
        <source>Group name or mail nickname</source>
        <translation>Nome do grupo ou apelido de email</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Membros diretos</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Novo grupo…</translation>
    </message>
    <message>
        <source>Create a new security group</source>
        <translation>Criar um novo grupo de segurança</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>Se&amp;lecionar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>This tenant has no groups yet. Create one with New group.</source>
        <translation>Este locatário ainda não tem grupos. Crie um com Novo grupo.</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Nenhum grupo corresponde a “%1”.</translation>
    </message>
    <message>
        <source>The first %1 groups are shown; type more to narrow the list.</source>
        <translation>Os primeiros %1 grupos são mostrados; digite mais para restringir a lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupSheetsDialog</name>
    <message>
        <source>Authenticator sheets for a group</source>
        <translation>Folhas de autenticador para um grupo</translation>
    </message>
    <message>
        <source>Every member of the group, nested groups included, gets a new authenticator key: a PDF with one page per user to hand out, and the CSV to upload in the Entra admin center (Protection &gt; Authentication methods &gt; OATH tokens). Guest accounts are left out.</source>
        <translation>Cada membro do grupo, incluindo grupos aninhados, recebe uma nova chave de autenticador: um PDF com uma página por usuário para entregar e o CSV para carregar no centro de administração do Microsoft Entra (Proteção &gt; Métodos de autenticação &gt; Tokens OATH). Contas de convidado ficam de fora.</translation>
    </message>
    <message>
        <source>Find group</source>
        <translation>Localizar grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Matching groups</source>
        <translation>Grupos correspondentes</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>30 seconds (default)</source>
        <translation>30 segundos (padrão)</translation>
    </message>
    <message>
        <source>60 seconds</source>
        <translation>60 segundos</translation>
    </message>
    <message>
        <source>Entra&apos;s OATH token upload takes SHA1 keys with 6 digits, so only the period can change.</source>
        <translation>O carregamento de tokens OATH do Entra aceita chaves SHA1 com 6 dígitos, então só o período pode mudar.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Escolher: %1</translation>
    </message>
    <message>
        <source>PDF handouts file</source>
        <translation>Arquivo de folhetos PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Entra OATH CSV file</source>
        <translation>Arquivo CSV OATH do Entra</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>&amp;PDF handouts:</source>
        <translation>Folhetos &amp;PDF:</translation>
    </message>
    <message>
        <source>Entra OATH &amp;CSV:</source>
        <translation>&amp;CSV OATH do Entra:</translation>
    </message>
    <message>
        <source>&amp;Write the key in clear on each sheet</source>
        <translation>Escre&amp;ver a chave em texto claro em cada folha</translation>
    </message>
    <message>
        <source>Write the key in clear on each sheet</source>
        <translation>Escrever a chave em texto claro em cada folha</translation>
    </message>
    <message>
        <source>For users who cannot scan: they type the key instead. Anyone who sees the sheet can then make the codes.</source>
        <translation>Para usuários que não conseguem ler o código: eles digitam a chave. Quem vir a folha também poderá gerar os códigos.</translation>
    </message>
    <message>
        <source>The keys exist only in these two files (readable only by you) and in memory; the console records who got which token, never the key. Upload the CSV, then delete it, and hand the sheets out in person.</source>
        <translation>As chaves existem apenas nesses dois arquivos (legíveis apenas por você) e na memória; o console registra quem recebeu qual token, nunca a chave. Carregue o CSV, depois exclua-o, e entregue as folhas pessoalmente.</translation>
    </message>
    <message>
        <source>C&amp;reate sheets</source>
        <translation>C&amp;riar folhas</translation>
    </message>
    <message>
        <source>Create sheets</source>
        <translation>Criar folhas</translation>
    </message>
    <message>
        <source>Save the PDF handouts</source>
        <translation>Salvar os folhetos PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Entra OATH CSV</source>
        <translation>Salvar o CSV OATH do Entra</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 direct member(s)</source>
        <translation>
            <numerusform>%1 — %2 membro direto</numerusform>
            <numerusform>%1 — %2 membros diretos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group in the list.</source>
        <translation>Escolha um grupo na lista.</translation>
    </message>
    <message>
        <source>There are no groups in this store.</source>
        <translation>Não há grupos neste repositório.</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Nenhum grupo corresponde a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n member(s), nested groups included. Guest accounts among them are left out.</source>
        <translation>
            <numerusform>“%1”: %n membro, incluindo grupos aninhados. Contas de convidado entre eles ficam de fora.</numerusform>
            <numerusform>“%1”: %n membros, incluindo grupos aninhados. Contas de convidado entre eles ficam de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Escolha um grupo primeiro.</translation>
    </message>
    <message>
        <source>Enter an issuer: the app shows it above the account.</source>
        <translation>Insira um emissor: o aplicativo o mostra acima da conta.</translation>
    </message>
    <message>
        <source>Choose where to save both the PDF handouts and the OATH CSV.</source>
        <translation>Escolha onde salvar os folhetos PDF e o CSV OATH.</translation>
    </message>
    <message>
        <source>The PDF and the CSV must be different files.</source>
        <translation>O PDF e o CSV devem ser arquivos diferentes.</translation>
    </message>
    <message>
        <source>“%1” has no members who can get a token.</source>
        <translation>“%1” não tem membros que possam receber um token.</translation>
    </message>
    <message>
        <source>Writing the handouts for “%1”…</source>
        <translation>Gravando os folhetos de “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Authenticator sheets</source>
        <translation>Folhas de autenticador</translation>
    </message>
    <message>
        <source>Writing page %1 of %2 for “%3”…</source>
        <translation>Gravando a página %1 de %2 de “%3”…</translation>
    </message>
    <message>
        <source>Writing the OATH CSV…</source>
        <translation>Gravando o CSV OATH…</translation>
    </message>
    <message>
        <source>The tokens could not be recorded, so no file was kept: %1</source>
        <translation>Os tokens não puderam ser registrados, então nenhum arquivo foi mantido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keys issued to %n member(s) of “%1” and recorded. Wrote %2 and %3 (readable only by you).</source>
        <translation>
            <numerusform>Chaves emitidas para %n membro de “%1” e registradas. %2 e %3 gravados (legíveis apenas por você).</numerusform>
            <numerusform>Chaves emitidas para %n membros de “%1” e registradas. %2 e %3 gravados (legíveis apenas por você).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest account(s) left out.</source>
        <translation>
            <numerusform>%n conta de convidado deixada de fora.</numerusform>
            <numerusform>%n contas de convidado deixadas de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Find a group, see who is in it (members of nested groups included, as password reset counts them), and create security groups such as the one password reset is scoped to.</source>
        <translation>Localize um grupo, veja quem faz parte dele (incluindo membros de grupos aninhados, como a redefinição de senha os conta) e crie grupos de segurança, como aquele ao qual a redefinição de senha é limitada.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Pesquisar grupos</translation>
    </message>
    <message>
        <source>Type part of a group&apos;s name or mail nickname. Press Down to move to the groups.</source>
        <translation>Digite parte do nome ou do apelido de email de um grupo. Pressione Seta para Baixo para ir aos grupos.</translation>
    </message>
    <message>
        <source>Group name or mail nickname</source>
        <translation>Nome do grupo ou apelido de email</translation>
    </message>
    <message>
        <source>&amp;New security group…</source>
        <translation>&amp;Novo grupo de segurança…</translation>
    </message>
    <message>
        <source>New security group</source>
        <translation>Novo grupo de segurança</translation>
    </message>
    <message>
        <source>Create a security group (Ctrl+N)</source>
        <translation>Criar um grupo de segurança (Ctrl+N)</translation>
    </message>
    <message>
        <source>New security group…</source>
        <translation>Novo grupo de segurança…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Carregando grupos…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>This tenant has no groups yet. Create one with New security group… (Ctrl+N).</source>
        <translation>Este locatário ainda não tem grupos. Crie um com Novo grupo de segurança… (Ctrl+N).</translation>
    </message>
    <message>
        <source>No groups match %1.
Search looks for the text anywhere in a group&apos;s name or mail nickname.</source>
        <translation>Nenhum grupo corresponde a %1.
A pesquisa procura o texto em qualquer parte do nome ou do apelido de email de um grupo.</translation>
    </message>
    <message>
        <source>The first %1 groups are shown; type more to narrow the list.</source>
        <translation>Os primeiros %1 grupos são mostrados; digite mais para restringir a lista.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>No group selected.</source>
        <translation>Nenhum grupo selecionado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln direct member(s)</source>
        <translation>
            <numerusform>%Ln membro direto</numerusform>
            <numerusform>%Ln membros diretos</numerusform>
        </translation>
    </message>
    <message>
        <source>members of nested groups could not be counted: %1</source>
        <translation>não foi possível contar os membros de grupos aninhados: %1</translation>
    </message>
    <message>
        <source>counting members of nested groups…</source>
        <translation>contando os membros de grupos aninhados…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) with nested groups</source>
        <translation>
            <numerusform>%Ln membro com grupos aninhados</numerusform>
            <numerusform>%Ln membros com grupos aninhados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Selecione um grupo para ver os membros.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Carregando membros…</translation>
    </message>
    <message>
        <source>This group has no members, directly or through nested groups.</source>
        <translation>Este grupo não tem membros, nem diretos nem por meio de grupos aninhados.</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Não foi possível ler os membros: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Set phone numbers or the authentication email for many users at once, from a CSV file or rows copied from a spreadsheet. Every row is checked before anything changes, and the result of each row is reported.</source>
        <translation>Defina números de telefone ou o email de autenticação de muitos usuários de uma vez, a partir de um arquivo CSV ou de linhas copiadas de uma planilha. Cada linha é verificada antes de qualquer alteração, e o resultado de cada linha é relatado.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Resume the interrupted import</source>
        <translation>Retomar a importação interrompida</translation>
    </message>
    <message>
        <source>Cancel &amp;it</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Cancel the interrupted import; rows not yet applied stay unapplied</source>
        <translation>Cancelar a importação interrompida; as linhas ainda não aplicadas continuam sem aplicação</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>O que importar</translation>
    </message>
    <message>
        <source>Phone numbers (mobile, office, alternate mobile)</source>
        <translation>Números de telefone (celular, comercial, celular alternativo)</translation>
    </message>
    <message>
        <source>Email addresses (the authentication email method)</source>
        <translation>Endereços de email (o método de autenticação por email)</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importar:</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>&amp;Escolher arquivo CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>Escolher um arquivo CSV para importar</translation>
    </message>
    <message>
        <source>Or &amp;paste rows copied from a spreadsheet (user, then value):</source>
        <translation>Ou &amp;cole linhas copiadas de uma planilha (usuário, depois valor):</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Linhas coladas</translation>
    </message>
    <message>
        <source>adele.vance@contoso.com	+1 425 555 0100
alex.wilber@contoso.com	+44 20 7946 0018</source>
        <translation>adele.vance@contoso.com	+1 425 555 0100
alex.wilber@contoso.com	+44 20 7946 0018</translation>
    </message>
    <message>
        <source>&amp;Use pasted rows</source>
        <translation>&amp;Usar linhas coladas</translation>
    </message>
    <message>
        <source>Use the pasted rows</source>
        <translation>Usar as linhas coladas</translation>
    </message>
    <message>
        <source>The file needs a column with each user&apos;s user principal name and a column with the value, for example:

    UPN,Mobile,Country
    adele.vance@contoso.com,+1 425 555 0100,
    lynne.robbins@contoso.com,0170 1234567,DE

Headers such as userPrincipalName, Email, Mobile, Phone, Office, Alternate and Country are recognised, in UTF-8 or UTF-16 files separated by commas, semicolons or tabs; the next step shows what was found and lets you change it. Nothing changes before you apply.</source>
        <translation>O arquivo precisa de uma coluna com o nome UPN de cada usuário e de uma coluna com o valor, por exemplo:

    UPN,Mobile,Country
    adele.vance@contoso.com,+1 425 555 0100,
    lynne.robbins@contoso.com,0170 1234567,DE

Cabeçalhos como userPrincipalName, Email, Mobile, Phone, Office, Alternate e Country são reconhecidos, em arquivos UTF-8 ou UTF-16 separados por vírgulas, pontos e vírgulas ou tabulações; a próxima etapa mostra o que foi encontrado e permite alterá-lo. Nada muda antes de você aplicar.</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Não aplicado: a importação foi cancelada.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>The first row holds column &amp;names</source>
        <translation>A primeira linha contém os &amp;nomes das colunas</translation>
    </message>
    <message>
        <source>&amp;User (user principal name):</source>
        <translation>&amp;Usuário (nome UPN):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Telefone &amp;celular:</translation>
    </message>
    <message>
        <source>&amp;Alternate mobile phone:</source>
        <translation>Celular &amp;alternativo:</translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation>Telefone c&amp;omercial:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Endereço de email:</translation>
    </message>
    <message>
        <source>Coun&amp;try (optional):</source>
        <translation>&amp;País (opcional):</translation>
    </message>
    <message>
        <source>Column for the %1</source>
        <translation>Coluna para %1</translation>
    </message>
    <message>
        <source>Phone type to import the numbers as</source>
        <translation>Tipo de telefone como o qual importar os números</translation>
    </message>
    <message>
        <source>Each phone column as its own type</source>
        <translation>Cada coluna de telefone como seu próprio tipo</translation>
    </message>
    <message>
        <source>All as %1</source>
        <translation>Todos como %1</translation>
    </message>
    <message>
        <source>Phone &amp;type:</source>
        <translation>&amp;Tipo de telefone:</translation>
    </message>
    <message>
        <source>Country for numbers without a country code</source>
        <translation>País para números sem código do país</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Numbers without a country code: &amp;read in</source>
        <translation>Números sem código do país: le&amp;r como de</translation>
    </message>
    <message>
        <source>Used when the row has no country and the user has no usage location.</source>
        <translation>Usado quando a linha não tem país e o usuário não tem local de uso.</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Verificando linhas</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Parar a verificação</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>Verificar &amp;linhas</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Verificar cada linha</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Find rows by user, value or message</source>
        <translation>Localizar linhas por usuário, valor ou mensagem</translation>
    </message>
    <message>
        <source>User, value or message</source>
        <translation>Usuário, valor ou mensagem</translation>
    </message>
    <message>
        <source>Users who already have a &amp;value:</source>
        <translation>Usuários que já têm um &amp;valor:</translation>
    </message>
    <message>
        <source>What to do for users who already have a different value</source>
        <translation>O que fazer com usuários que já têm um valor diferente</translation>
    </message>
    <message>
        <source>Keep their value</source>
        <translation>Manter o valor deles</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Substituí-lo</translation>
    </message>
    <message>
        <source>Ask for each row</source>
        <translation>Perguntar para cada linha</translation>
    </message>
    <message>
        <source>Also import &amp;numbers that other accounts have</source>
        <translation>Importar também &amp;números que outras contas têm</translation>
    </message>
    <message>
        <source>Whoever answers a shared phone can reset every account it is registered on.</source>
        <translation>Quem atende um telefone compartilhado pode redefinir todas as contas em que ele está registrado.</translation>
    </message>
    <message>
        <source>Replace &amp;all undecided</source>
        <translation>Substituir &amp;todos os pendentes</translation>
    </message>
    <message>
        <source>&amp;Keep all undecided</source>
        <translation>&amp;Manter todos os pendentes</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Linhas verificadas</translation>
    </message>
    <message>
        <source>Save check &amp;report…</source>
        <translation>Salvar &amp;relatório de verificação…</translation>
    </message>
    <message>
        <source>Save the check of every row as a CSV report (dry run)</source>
        <translation>Salvar a verificação de cada linha como relatório CSV (simulação)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Each batch of rows is saved with its result, so an import that is paused, or stopped by closing the console, continues where it stopped: nothing is applied twice.</source>
        <translation>Cada lote de linhas é salvo com o resultado, então uma importação pausada, ou interrompida ao fechar o console, continua de onde parou: nada é aplicado duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the import</source>
        <translation>Pausar ou retomar a importação</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
    <message>
        <source>Cancel the import; rows already applied stay applied</source>
        <translation>Cancelar a importação; as linhas já aplicadas continuam aplicadas</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Linhas que não foram importadas</translation>
    </message>
    <message>
        <source>Every row was imported, or needed no change.</source>
        <translation>Todas as linhas foram importadas ou não precisavam de alteração.</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nova importação</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Save the result of every row as a CSV report</source>
        <translation>Salvar o resultado de cada linha como relatório CSV</translation>
    </message>
    <message>
        <source>Import #%1 of %2 (started %3) did not finish: %4 of %5 rows are done. Resume it to apply the rest; rows already applied are not applied again.</source>
        <translation>A importação nº %1 de %2 (iniciada em %3) não terminou: %4 de %5 linhas estão concluídas. Retome-a para aplicar o restante; as linhas já aplicadas não são aplicadas novamente.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Escolher o arquivo a importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Verificando linhas…</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>Não foi possível verificar as linhas: %1</translation>
    </message>
    <message>
        <source>All rows · %1</source>
        <translation>Todas as linhas · %1</translation>
    </message>
    <message>
        <source>Show all %1 rows</source>
        <translation>Mostrar todas as %1 linhas</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n row(s) of class %1</source>
        <translation>
            <numerusform>Mostrar a %n linha da classe %1</numerusform>
            <numerusform>Mostrar as %n linhas da classe %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also import the %n number(s) that other accounts have</source>
        <translation>
            <numerusform>Importar também o %n número que outras contas têm</numerusform>
            <numerusform>Importar também os %n números que outras contas têm</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows of this kind.</source>
        <translation>Nenhuma linha deste tipo.</translation>
    </message>
    <message>
        <source>No rows match “%1”.</source>
        <translation>Nenhuma linha corresponde a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be applied.</source>
        <translation>
            <numerusform>%n alteração será aplicada.</numerusform>
            <numerusform>%n alterações serão aplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be applied as it stands.</source>
        <translation>Nenhuma linha pode ser aplicada como está.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported (the checks in red say why).</source>
        <translation>
            <numerusform>%n linha não será importada (as verificações em vermelho dizem por quê).</numerusform>
            <numerusform>%n linhas não serão importadas (as verificações em vermelho dizem por quê).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide for %n user(s) who already have a value: tick Replace, or use the buttons.</source>
        <translation>
            <numerusform>Decida para %n usuário que já tem um valor: marque Substituir ou use os botões.</numerusform>
            <numerusform>Decida para %n usuários que já têm um valor: marque Substituir ou use os botões.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply %1 changes</source>
        <translation>&amp;Aplicar %1 alterações</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>The check report was saved to %1.</source>
        <translation>O relatório de verificação foi salvo em %1.</translation>
    </message>
    <message>
        <source>Save the check report</source>
        <translation>Salvar o relatório de verificação</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Não foi possível iniciar a importação: %1</translation>
    </message>
    <message>
        <source>Import #%1 of %2</source>
        <translation>Importação nº %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 linhas/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>estimando o tempo restante…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing of the last batch was applied; Resume tries again from there.</source>
        <translation>A importação parou: %1. Nada do último lote foi aplicado; Retomar tenta novamente a partir dali.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 was cancelled.</source>
        <translation>A importação nº %1 de %2 foi cancelada.</translation>
    </message>
    <message>
        <source>Import #%1 of %2 is complete.</source>
        <translation>A importação nº %1 de %2 foi concluída.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de um segundo</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Não importadas:</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to import, %2 columns, %3.</source>
        <translation>
            <numerusform>%1: %n linha a importar, %2 colunas, %3.</numerusform>
            <numerusform>%1: %n linhas a importar, %2 colunas, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied, %2 not imported or unchanged</source>
        <translation>%1 aplicadas, %2 não importadas ou inalteradas</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Não importadas: %1.</translation>
    </message>
    <message>
        <source>The rows below were not imported; Save report writes every row with its outcome.</source>
        <translation>As linhas abaixo não foram importadas; Salvar relatório grava cada linha com o resultado dela.</translation>
    </message>
    <message>
        <source>&amp;Next: columns of %1</source>
        <translation>&amp;Próximo: colunas de %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportPlanModel</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>In the file: %1
Saved as: %2</source>
        <translation>No arquivo: %1
Salvo como: %2</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importada</translation>
    </message>
    <message>
        <source>Replaces %1.</source>
        <translation>Substitui %1.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Registered now</source>
        <translation>Registrado agora</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Tick to replace the registered value, leave unticked to keep it.</source>
        <translation>Marque para substituir o valor registrado; deixe desmarcado para mantê-lo.</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Substituir?</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Nenhuma alteração</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Adds the %1 %2.</source>
        <translation>Adiciona %1 %2.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ImportResultModel</name>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::MainWindow</name>
    <message>
        <source>SSPR Console — %1</source>
        <translation>SSPR Console — %1</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>nenhum locatário</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Métodos de autenticação</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Customization</source>
        <translation>Personalização</translation>
    </message>
    <message>
        <source>On-premises integration</source>
        <translation>Integração local</translation>
    </message>
    <message>
        <source>Administrator policy</source>
        <translation>Política de administrador</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Authenticator QR</source>
        <translation>QR do autenticador</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Redefinição de senha</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Find user…</source>
        <translation>&amp;Localizar usuário…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SSPR Console</source>
        <translation>&amp;Sobre o SSPR Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Nenhum locatário</translation>
    </message>
    <message>
        <source>Local demo · %1</source>
        <translation>Demonstração local · %1</translation>
    </message>
    <message>
        <source>Microsoft Graph · %1</source>
        <translation>Microsoft Graph · %1</translation>
    </message>
    <message>
        <source>%1 users · %2 groups · %3</source>
        <translation>%1 usuários · %2 grupos · %3</translation>
    </message>
    <message>
        <source>The new language takes effect when SSPR Console restarts.</source>
        <translation>O novo idioma entra em vigor quando o SSPR Console for reiniciado.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>About SSPR Console</source>
        <translation>Sobre o SSPR Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSPR Console %1&lt;/h3&gt;&lt;p&gt;A native console for Microsoft Entra ID self-service password reset.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the SSPR Console authors. Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SSPR Console %1&lt;/h3&gt;&lt;p&gt;Um console nativo para a redefinição de senha por autoatendimento do Microsoft Entra ID.&lt;/p&gt;&lt;p&gt;Copyright © 2026 os autores do SSPR Console. Licenciado sob a Licença MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), running on Qt %2&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;QtKeychain (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;QR Code generator library by Project Nayuki (MIT)&lt;/li&gt;&lt;li&gt;libphonenumber by Google (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Criado com:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0), em execução no Qt %2&lt;/li&gt;&lt;li&gt;SQLite %3 (domínio público)&lt;/li&gt;&lt;li&gt;QtKeychain (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;Biblioteca QR Code generator do Project Nayuki (MIT)&lt;/li&gt;&lt;li&gt;libphonenumber do Google (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>This profile&apos;s connection settings cannot be read: %1</source>
        <translation>Não é possível ler as configurações de conexão deste perfil: %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Não conectado: %1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Conclua a entrada no navegador…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Sincronizando %1: %2 de %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Sincronizando %1: %2</translation>
    </message>
    <message>
        <source>Synced %1: %2 users and %3 groups changed</source>
        <translation>%1 sincronizado: %2 usuários e %3 grupos alterados</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where it stopped.</source>
        <translation>Sincronização cancelada; a próxima sincronização continua de onde parou.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falha na sincronização: %1</translation>
    </message>
    <message>
        <source>Sending changes stopped: %1</source>
        <translation>O envio das alterações parou: %1</translation>
    </message>
    <message>
        <source>Finish signing in</source>
        <translation>Concluir a entrada</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sending changes to the tenant…</source>
        <translation>Enviando alterações ao locatário…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Sign out of %1? The sign-in tokens and secrets of this profile are removed from your keychain; its synced data stays on this computer.</source>
        <translation>Sair de %1? Os tokens de entrada e os segredos deste perfil são removidos do seu chaveiro; os dados sincronizados dele permanecem neste computador.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;gora</translation>
    </message>
    <message>
        <source>Bring the users, groups and policy of this profile up to date with the tenant (F5)</source>
        <translation>Atualizar os usuários, grupos e políticas deste perfil com o locatário (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>The old value is staged: review it and Save.</source>
        <translation>O valor antigo está preparado: revise-o e clique em Salvar.</translation>
    </message>
    <message>
        <source>&amp;Connect to a tenant…</source>
        <translation>Conectar a um &amp;locatário…</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>Trocar de &amp;perfil</translation>
    </message>
    <message>
        <source>Sync &amp;everything again</source>
        <translation>Sincronizar &amp;tudo novamente</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sair da c&amp;onta…</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (ilegível)</translation>
    </message>
    <message>
        <source>No other profiles</source>
        <translation>Nenhum outro perfil</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is ready. Open it now? Its first sync starts when it opens.</source>
        <translation>O perfil &quot;%1&quot; está pronto. Abri-lo agora? A primeira sincronização começa quando ele é aberto.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>The Temporary Access Pass for %1. Give it to the user now: it is shown only this once and the console does not keep it.</source>
        <translation>O Passe de Acesso Temporário de %1. Entregue-o ao usuário agora: ele é mostrado só desta vez e o console não o guarda.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::MethodsPolicyPanel</name>
    <message>
        <source>Migration to the Authentication methods policy is complete. The method checkboxes above are a view of this policy: enable methods and choose their groups here. The number of methods required and the security questions stay in the password reset policy.</source>
        <translation>A migração para a política de métodos de autenticação foi concluída. As caixas de seleção de métodos acima são uma exibição desta política: habilite métodos e escolha os grupos deles aqui. O número de métodos necessários e as perguntas de segurança permanecem na política de redefinição de senha.</translation>
    </message>
    <message>
        <source>Method configurations</source>
        <translation>Configurações de método</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Redefinição de senha</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>All &amp;users</source>
        <translation>Todos os &amp;usuários</translation>
    </message>
    <message>
        <source>Include all users</source>
        <translation>Incluir todos os usuários</translation>
    </message>
    <message>
        <source>Select gro&amp;ups</source>
        <translation>Selecionar gr&amp;upos</translation>
    </message>
    <message>
        <source>Include selected groups</source>
        <translation>Incluir grupos selecionados</translation>
    </message>
    <message>
        <source>Included groups</source>
        <translation>Grupos incluídos</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Adicionar &amp;grupo…</translation>
    </message>
    <message>
        <source>Add an included group</source>
        <translation>Adicionar um grupo incluído</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the included group</source>
        <translation>Remover o grupo incluído</translation>
    </message>
    <message>
        <source>Members of these groups cannot use the method.</source>
        <translation>Membros destes grupos não podem usar o método.</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Grupos excluídos</translation>
    </message>
    <message>
        <source>Add e&amp;xcluded group…</source>
        <translation>Adicionar grupo e&amp;xcluído…</translation>
    </message>
    <message>
        <source>Add an excluded group</source>
        <translation>Adicionar um grupo excluído</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the excluded group</source>
        <translation>Remover o grupo excluído</translation>
    </message>
    <message>
        <source>Registration campaign</source>
        <translation>Campanha de registro</translation>
    </message>
    <message>
        <source>Asks users who can do multifactor authentication to register the Microsoft Authenticator app at sign-in.</source>
        <translation>Pede aos usuários que podem fazer autenticação multifator que registrem o aplicativo Microsoft Authenticator ao entrar.</translation>
    </message>
    <message>
        <source>Registration campaign state</source>
        <translation>Estado da campanha de registro</translation>
    </message>
    <message>
        <source>Microsoft managed</source>
        <translation>Gerenciado pela Microsoft</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desabilitado</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Days allowed to snooze</source>
        <translation>Dias permitidos para adiar</translation>
    </message>
    <message>
        <source>Days allowed to s&amp;nooze:</source>
        <translation>Dias permitidos para a&amp;diar:</translation>
    </message>
    <message>
        <source>&amp;Limited number of snoozes (3, then registration is required)</source>
        <translation>Número &amp;limitado de adiamentos (3, depois o registro é obrigatório)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>Unknown group (%1)</source>
        <translation>Grupo desconhecido (%1)</translation>
    </message>
    <message>
        <source>Migration state: %1</source>
        <translation>Estado da migração: %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não usado</translation>
    </message>
    <message>
        <source>Available (%1)</source>
        <translation>Disponível (%1)</translation>
    </message>
    <message>
        <source>Not available (%1)</source>
        <translation>Não disponível (%1)</translation>
    </message>
    <message>
        <source>The password reset method this configuration stands for, and whether it is available to the users in the password reset scope.</source>
        <translation>O método de redefinição de senha que esta configuração representa e se ele está disponível para os usuários no escopo da redefinição de senha.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Habilitar %1</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erro: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Mail sent when a password is reset. Users get it at their primary and alternate email, or their user principal name.</source>
        <translation>Email enviado quando uma senha é redefinida. Os usuários o recebem no email principal e no alternativo, ou no nome UPN.</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Notificar usuários sobre redefinições de senha</translation>
    </message>
    <message>
        <source>Notify &amp;users on password resets?</source>
        <translation>Notificar os &amp;usuários sobre redefinições de senha?</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Notificar todos os administradores quando outros administradores redefinirem a senha</translation>
    </message>
    <message>
        <source>Notify all &amp;admins when other admins reset their password?</source>
        <translation>Notificar todos os &amp;administradores quando outros administradores redefinirem a senha?</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OnPremisesPage</name>
    <message>
        <source>On-premises integration</source>
        <translation>Integração local</translation>
    </message>
    <message>
        <source>For users synchronised from an on-premises Active Directory: write reset passwords back to it, and let users unlock their account.</source>
        <translation>Para usuários sincronizados de um Active Directory local: fazer write-back das senhas redefinidas nele e permitir que os usuários desbloqueiem a conta.</translation>
    </message>
    <message>
        <source>Writeback health (whether Microsoft Entra Connect or cloud sync is running and reachable) is not available offline: this profile works on a local model.</source>
        <translation>A integridade do write-back (se o Microsoft Entra Connect ou a sincronização de nuvem está em execução e acessível) não está disponível offline: este perfil trabalha com um modelo local.</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Fazer write-back de senhas no diretório local</translation>
    </message>
    <message>
        <source>&amp;Write back passwords to your on-premises directory?</source>
        <translation>Fazer &amp;write-back de senhas no diretório local?</translation>
    </message>
    <message>
        <source>When No, federated, pass-through and password hash synchronised users cannot reset.</source>
        <translation>Com Não, usuários federados, de autenticação de passagem e de sincronização de hash de senha não podem redefinir.</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Fazer write-back de senhas com a sincronização de nuvem do Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect &amp;cloud sync?</source>
        <translation>Fazer write-back de senhas com a &amp;sincronização de nuvem do Microsoft Entra Connect?</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Permitir que os usuários desbloqueiem contas sem redefinir a senha</translation>
    </message>
    <message>
        <source>Allow users to &amp;unlock accounts without resetting their password?</source>
        <translation>Permitir que os usuários &amp;desbloqueiem contas sem redefinir a senha?</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::OutboxPage</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Tipo de telefone</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Valor antes da alteração</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
    <message>
        <source>Value in the tenant now</source>
        <translation>Valor atual no locatário</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Mail nickname</source>
        <translation>Apelido de email</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Changes made in this profile are saved here first and then sent to Microsoft Graph. Nothing is lost if the network or the console stops: sending resumes where it stopped, and a change that was already applied is not applied twice.</source>
        <translation>As alterações feitas neste perfil são salvas primeiro aqui e depois enviadas ao Microsoft Graph. Nada se perde se a rede ou o console parar: o envio é retomado de onde parou, e uma alteração já aplicada não é aplicada duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which changes to show</source>
        <translation>Quais alterações mostrar</translation>
    </message>
    <message>
        <source>Everything not done</source>
        <translation>Tudo o que não foi concluído</translation>
    </message>
    <message>
        <source>Needs attention (failed, conflicts)</source>
        <translation>Precisa de atenção (com falha, conflitos)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation>E&amp;nviar agora</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Tentar novamente todos com &amp;falha</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>A alteração selecionada</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Send the change again. For a conflict this overwrites the tenant&apos;s value.</source>
        <translation>Enviar a alteração novamente. Em um conflito, isso substitui o valor do locatário.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Drop the change and put this profile back to the tenant&apos;s value.</source>
        <translation>Descartar a alteração e fazer este perfil voltar ao valor do locatário.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Não foi possível ler a caixa de saída: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n em conflito</numerusform>
            <numerusform>%n em conflito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n concluída</numerusform>
            <numerusform>%n concluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet. Changes you make in this profile (phone numbers, emails, policy, groups) are listed here until the tenant has them.</source>
        <translation>Nenhuma alteração ainda. As alterações que você fizer neste perfil (números de telefone, emails, política, grupos) são listadas aqui até que o locatário as tenha.</translation>
    </message>
    <message>
        <source>Nothing to show here. Choose &quot;All&quot; to see every change.</source>
        <translation>Nada a mostrar aqui. Escolha &quot;Todos&quot; para ver todas as alterações.</translation>
    </message>
    <message>
        <source>Select a change to see its details.</source>
        <translation>Selecione uma alteração para ver os detalhes dela.</translation>
    </message>
    <message>
        <source>The tenant changed after this change was made. Retry overwrites the tenant&apos;s value with this one; Discard keeps the tenant&apos;s value.</source>
        <translation>O locatário mudou depois que esta alteração foi feita. Tentar novamente substitui o valor do locatário por este; Descartar mantém o valor do locatário.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>The change could not be queued again: %1</source>
        <translation>Não foi possível enfileirar a alteração novamente: %1</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>Descartar a alteração?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will not be sent, and this profile goes back to the tenant&apos;s value. This cannot be undone.</source>
        <translation>&quot;%1&quot; não será enviada, e este perfil volta ao valor do locatário. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>Não foi possível descartar a alteração: %1</translation>
    </message>
    <message>
        <source>The changes could not be queued again: %1</source>
        <translation>Não foi possível enfileirar as alterações novamente: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PlaceholderPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Esta página ainda não está disponível nesta versão.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PredefinedQuestionsDialog</name>
    <message>
        <source>Add predefined questions</source>
        <translation>Adicionar perguntas predefinidas</translation>
    </message>
    <message>
        <source>&amp;Predefined questions (shown to users in their language):</source>
        <translation>Perguntas &amp;predefinidas (mostradas aos usuários no idioma deles):</translation>
    </message>
    <message>
        <source>Predefined questions</source>
        <translation>Perguntas predefinidas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Every predefined question is in the pool already.</source>
        <translation>Todas as perguntas predefinidas já estão no conjunto.</translation>
    </message>
    <message numerus="yes">
        <source>The pool has room for %n more question(s); untick some.</source>
        <translation>
            <numerusform>O conjunto tem espaço para mais %n pergunta; desmarque algumas.</numerusform>
            <numerusform>O conjunto tem espaço para mais %n perguntas; desmarque algumas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ticked; room for %2 more in the pool of at most 20.</source>
        <translation>%1 marcada(s); espaço para mais %2 no conjunto de no máximo 20.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::PropertiesPage</name>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Choose who can reset their own password. Administrators are always enabled for self-service password reset and follow the administrator policy.</source>
        <translation>Escolha quem pode redefinir a própria senha. Os administradores sempre estão habilitados para a redefinição de senha por autoatendimento e seguem a política de administrador.</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nenhum</translation>
    </message>
    <message>
        <source>Self service password reset enabled: None</source>
        <translation>Redefinição de senha por autoatendimento habilitada: Nenhum</translation>
    </message>
    <message>
        <source>S&amp;elected</source>
        <translation>S&amp;elecionado</translation>
    </message>
    <message>
        <source>Self service password reset enabled: Selected</source>
        <translation>Redefinição de senha por autoatendimento habilitada: Selecionado</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>Self service password reset enabled: All</source>
        <translation>Redefinição de senha por autoatendimento habilitada: Todos</translation>
    </message>
    <message>
        <source>Self service password reset enabled</source>
        <translation>Redefinição de senha por autoatendimento habilitada</translation>
    </message>
    <message>
        <source>Select &amp;group…</source>
        <translation>Selecionar &amp;grupo…</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Selecionar grupo</translation>
    </message>
    <message>
        <source>One group only. Members of groups nested in it are in scope too; there is no exclude list.</source>
        <translation>Apenas um grupo. Membros de grupos aninhados nele também estão no escopo; não há lista de exclusão.</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Nenhum grupo selecionado</translation>
    </message>
    <message>
        <source>Unknown group (%1)</source>
        <translation>Grupo desconhecido (%1)</translation>
    </message>
    <message>
        <source>Change &amp;group…</source>
        <translation>Alterar &amp;grupo…</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>A QR code to scan with an authenticator app.</source>
        <translation>Um código QR para ler com um aplicativo autenticador.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::RegistrationPage</name>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Users in scope who have not registered are asked to at sign-in. They can cancel, but are asked again at every sign-in until they register.</source>
        <translation>Os usuários no escopo que não se registraram são solicitados a fazê-lo ao entrar. Eles podem cancelar, mas são solicitados novamente a cada entrada até se registrarem.</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Exigir que os usuários se registrem ao entrar</translation>
    </message>
    <message>
        <source>Require users to &amp;register when signing in?</source>
        <translation>Exigir que os usuários se &amp;registrem ao entrar?</translation>
    </message>
    <message>
        <source>Number of days before users are asked to reconfirm their authentication information</source>
        <translation>Número de dias antes que os usuários sejam solicitados a confirmar novamente suas informações de autenticação</translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation>0 (nunca)</translation>
    </message>
    <message>
        <source>Number of &amp;days before users are asked to reconfirm their authentication information</source>
        <translation>Número de &amp;dias antes que os usuários sejam solicitados a confirmar novamente suas informações de autenticação</translation>
    </message>
    <message>
        <source>0 means never. Between 0 and 730 days; 180 is common.</source>
        <translation>0 significa nunca. Entre 0 e 730 dias; 180 é comum.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::ReviewChangesDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Revisar alterações</translation>
    </message>
    <message>
        <source>Saving changes the password reset policy as listed below. Check who is affected before you confirm.</source>
        <translation>Salvar altera a política de redefinição de senha conforme listado abaixo. Verifique quem é afetado antes de confirmar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes (%n):</source>
        <translation>
            <numerusform>&amp;Alterações (%n):</numerusform>
            <numerusform>&amp;Alterações (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor antigo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
        <source>Impact on users</source>
        <translation>Impacto nos usuários</translation>
    </message>
    <message>
        <source>The impact could not be computed: %1</source>
        <translation>Não foi possível calcular o impacto: %1</translation>
    </message>
    <message>
        <source>can reset their password today and could not any more.</source>
        <translation>podem redefinir a senha hoje e não poderiam mais.</translation>
    </message>
    <message>
        <source>will be asked to register methods at their next sign-in.</source>
        <translation>serão solicitados a registrar métodos na próxima entrada.</translation>
    </message>
    <message>
        <source>are in scope but have not registered enough usable methods to reset.</source>
        <translation>estão no escopo, mas não registraram métodos utilizáveis suficientes para redefinir.</translation>
    </message>
    <message>
        <source>%1 users %2</source>
        <translation>%1 usuários %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <source>Export to CSV: %1</source>
        <translation>Exportar para CSV: %1</translation>
    </message>
    <message>
        <source>Computed over %1 users in %2 ms.</source>
        <translation>Calculado sobre %1 usuários em %2 ms.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SaveBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Não é possível salvar: %1 (e mais %n problema)</numerusform>
            <numerusform>Não é possível salvar: %1 (e mais %n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Não é possível salvar: %1</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Você tem alterações não salvas.</translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes, with %n warning(s) on this or other pages; Save lists them for review.</source>
        <translation>
            <numerusform>Você tem alterações não salvas, com %n aviso nesta ou em outras páginas; Salvar os lista para revisão.</numerusform>
            <numerusform>Você tem alterações não salvas, com %n avisos nesta ou em outras páginas; Salvar os lista para revisão.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SettingLabels</name>
    <message>
        <source>Self service password reset enabled</source>
        <translation>Redefinição de senha por autoatendimento habilitada</translation>
    </message>
    <message>
        <source>Selected group</source>
        <translation>Grupo selecionado</translation>
    </message>
    <message>
        <source>Number of methods required to reset</source>
        <translation>Número de métodos necessários para redefinir</translation>
    </message>
    <message>
        <source>Mobile app notification</source>
        <translation>Notificação do aplicativo móvel</translation>
    </message>
    <message>
        <source>Mobile app code</source>
        <translation>Código do aplicativo móvel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefone celular</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Perguntas de segurança</translation>
    </message>
    <message>
        <source>Number of questions required to register</source>
        <translation>Número de perguntas necessárias para o registro</translation>
    </message>
    <message>
        <source>Number of questions required to reset</source>
        <translation>Número de perguntas necessárias para redefinir</translation>
    </message>
    <message>
        <source>Require users to register when signing in</source>
        <translation>Exigir que os usuários se registrem ao entrar</translation>
    </message>
    <message>
        <source>Days before users are asked to reconfirm</source>
        <translation>Dias antes que os usuários sejam solicitados a confirmar novamente</translation>
    </message>
    <message>
        <source>Notify users on password resets</source>
        <translation>Notificar usuários sobre redefinições de senha</translation>
    </message>
    <message>
        <source>Notify all admins when other admins reset their password</source>
        <translation>Notificar todos os administradores quando outros administradores redefinirem a senha</translation>
    </message>
    <message>
        <source>Customize helpdesk link</source>
        <translation>Personalizar link de assistência técnica</translation>
    </message>
    <message>
        <source>Custom helpdesk email or URL</source>
        <translation>Email ou URL de assistência técnica personalizada</translation>
    </message>
    <message>
        <source>Write back passwords to your on-premises directory</source>
        <translation>Fazer write-back de senhas no diretório local</translation>
    </message>
    <message>
        <source>Write back passwords with Microsoft Entra Connect cloud sync</source>
        <translation>Fazer write-back de senhas com a sincronização de nuvem do Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Allow users to unlock accounts without resetting their password</source>
        <translation>Permitir que os usuários desbloqueiem contas sem redefinir a senha</translation>
    </message>
    <message>
        <source>Administrators may use self-service password reset</source>
        <translation>Os administradores podem usar a redefinição de senha por autoatendimento</translation>
    </message>
    <message>
        <source>Registration campaign</source>
        <translation>Campanha de registro</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>include</source>
        <translation>incluir</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>excluir</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>configurações</translation>
    </message>
    <message>
        <source>days allowed to snooze</source>
        <translation>dias permitidos para adiar</translation>
    </message>
    <message>
        <source>limited number of snoozes</source>
        <translation>número limitado de adiamentos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Estado da migração</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Insira o nome de host do proxy ou escolha outra configuração de proxy.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Não foi possível salvar as configurações em %1.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UserDialog</name>
    <message>
        <source>Authentication methods</source>
        <translation>Métodos de autenticação</translation>
    </message>
    <message>
        <source>Registered authentication methods</source>
        <translation>Métodos de autenticação registrados</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Redefinição de senha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Add authentication method…</source>
        <translation>&amp;Adicionar método de autenticação…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Authenticator &amp;QR code…</source>
        <translation>Código &amp;QR do autenticador…</translation>
    </message>
    <message>
        <source>Authenticator QR code</source>
        <translation>Código QR do autenticador</translation>
    </message>
    <message>
        <source>Give this user a key for an authenticator app: QR code, handout, first-code check.</source>
        <translation>Dar a este usuário uma chave para um aplicativo autenticador: código QR, folheto, verificação do primeiro código.</translation>
    </message>
    <message>
        <source>Profile contact information (not authentication methods)</source>
        <translation>Informações de contato do perfil (não são métodos de autenticação)</translation>
    </message>
    <message>
        <source>Profile contact information</source>
        <translation>Informações de contato do perfil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Contact data on the user object (mobilePhone, businessPhones, otherMails). SSPR can fall back to the mobile phone and alternate email, but they are not registered methods.</source>
        <translation>Dados de contato no objeto de usuário (mobilePhone, businessPhones, otherMails). O SSPR pode recorrer ao telefone celular e ao email alternativo, mas eles não são métodos registrados.</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Associações a grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Associação</translation>
    </message>
    <message>
        <source>User not found</source>
        <translation>Usuário não encontrado</translation>
    </message>
    <message>
        <source>%1 — User</source>
        <translation>%1 — Usuário</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Conta habilitada</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Conta desabilitada</translation>
    </message>
    <message>
        <source>Synced from on-premises</source>
        <translation>Sincronizado do local</translation>
    </message>
    <message>
        <source>Cloud-only</source>
        <translation>Somente nuvem</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Funções: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Can reset their password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pode redefinir a senha.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reset their password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Não pode redefinir a senha.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The administrator policy applies (two methods, no security questions).</source>
        <translation>A política de administrador se aplica (dois métodos, sem perguntas de segurança).</translation>
    </message>
    <message>
        <source>Can reset their password</source>
        <translation>Pode redefinir a senha</translation>
    </message>
    <message>
        <source>Cannot reset their password</source>
        <translation>Não pode redefinir a senha</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizável</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Não utilizável</translation>
    </message>
    <message>
        <source>Also registered for: %1</source>
        <translation>Também registrado para: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is also registered for %n other account(s): %2</source>
        <translation>
            <numerusform>%1 também está registrado em %n outra conta: %2</numerusform>
            <numerusform>%1 também está registrado em %n outras contas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Set by the user</source>
        <translation>Definida pelo usuário</translation>
    </message>
    <message>
        <source>The password is what a reset replaces.</source>
        <translation>A senha é o que uma redefinição substitui.</translation>
    </message>
    <message>
        <source>Shared number: </source>
        <translation>Número compartilhado: </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefone celular</translation>
    </message>
    <message>
        <source>Business phones</source>
        <translation>Telefones comerciais</translation>
    </message>
    <message>
        <source>Alternate email</source>
        <translation>Email alternativo</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation>Local de uso</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direta</translation>
    </message>
    <message>
        <source>Inherited through %1</source>
        <translation>Herdada por meio de %1</translation>
    </message>
    <message>
        <source>Only phone numbers can be edited; delete and add other methods again.</source>
        <translation>Somente números de telefone podem ser editados; exclua outros métodos e adicione-os novamente.</translation>
    </message>
    <message>
        <source>The password cannot be deleted.</source>
        <translation>A senha não pode ser excluída.</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Excluir método</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from %3?

The user can no longer use it to sign in or reset their password.</source>
        <translation>Excluir %1 (%2) de %3?

O usuário não poderá mais usá-lo para entrar nem para redefinir a senha.</translation>
    </message>
    <message>
        <source>The method was not deleted: %1</source>
        <translation>O método não foi excluído: %1</translation>
    </message>
    <message>
        <source>Changes to this user are waiting in the outbox; the methods are shown as changed here.</source>
        <translation>Há alterações deste usuário aguardando na caixa de saída; os métodos são mostrados aqui já alterados.</translation>
    </message>
    <message>
        <source>Reading this user&apos;s methods from the tenant…</source>
        <translation>Lendo os métodos deste usuário no locatário…</translation>
    </message>
    <message>
        <source>The tenant could not be read (%1); showing the methods from the last sync.</source>
        <translation>Não foi possível ler o locatário (%1); mostrando os métodos da última sincronização.</translation>
    </message>
    <message>
        <source>Methods as the tenant has them at %1.</source>
        <translation>Métodos como o locatário os tem às %1.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>Microsoft Graph creates the pass for %1. It is shown once, as soon as the tenant answers, and is never stored by the console. A new pass replaces the user&apos;s old one.</source>
        <translation>O Microsoft Graph cria o passe para %1. Ele é mostrado uma vez, assim que o locatário responder, e nunca é armazenado pelo console. Um novo passe substitui o anterior do usuário.</translation>
    </message>
    <message>
        <source>Lifetime in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válido por:</translation>
    </message>
    <message>
        <source>&amp;One-time use</source>
        <translation>&amp;Uso único</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>A Temporary Access Pass was requested; it appears as soon as the tenant creates it.</source>
        <translation>Um Passe de Acesso Temporário foi solicitado; ele aparece assim que o locatário o criar.</translation>
    </message>
    <message>
        <source>&amp;Temporary Access Pass…</source>
        <translation>Passe de Acesso &amp;Temporário…</translation>
    </message>
    <message>
        <source>Create a Temporary Access Pass</source>
        <translation>Criar um Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>A time-limited passcode the user signs in with to register methods (Graph creates it).</source>
        <translation>Um código com prazo limitado com o qual o usuário entra para registrar métodos (o Graph o cria).</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UserListModel</name>
    <message>
        <source>No usable method registered</source>
        <translation>Nenhum método utilizável registrado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desabilitado</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nome UPN</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Find a user, see the authentication methods they have registered, and add or fix a phone number or email under Entra&apos;s rules.</source>
        <translation>Localize um usuário, veja os métodos de autenticação que ele registrou e adicione ou corrija um número de telefone ou email segundo as regras do Entra.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Name, user principal name, mail or phone digits</source>
        <translation>Nome, nome UPN, email ou dígitos de telefone</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Pesquisar usuários</translation>
    </message>
    <message>
        <source>Type part of a name, user principal name, mail address or phone number. Press Down to move to the results.</source>
        <translation>Digite parte de um nome, nome UPN, endereço de email ou número de telefone. Pressione Seta para Baixo para ir aos resultados.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Mostrar usuários</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>In SSPR scope</source>
        <translation>No escopo do SSPR</translation>
    </message>
    <message>
        <source>Not in SSPR scope</source>
        <translation>Fora do escopo do SSPR</translation>
    </message>
    <message>
        <source>Registered for SSPR</source>
        <translation>Registrados para o SSPR</translation>
    </message>
    <message>
        <source>Not registered for SSPR</source>
        <translation>Não registrados para o SSPR</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Disabled accounts</source>
        <translation>Contas desabilitadas</translation>
    </message>
    <message>
        <source>No usable method</source>
        <translation>Nenhum método utilizável</translation>
    </message>
    <message>
        <source>Shared phone number</source>
        <translation>Número de telefone compartilhado</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuário</numerusform>
            <numerusform>%n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Count failed</source>
        <translation>Falha na contagem</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>No users match this filter.</source>
        <translation>Nenhum usuário corresponde a este filtro.</translation>
    </message>
    <message>
        <source>No users match “%1”.
Search looks at the start of each word of a name, user principal name or mail, and at any run of four or more digits of a phone number.</source>
        <translation>Nenhum usuário corresponde a “%1”.
A pesquisa considera o início de cada palavra de um nome, nome UPN ou email, e qualquer sequência de quatro ou mais dígitos de um número de telefone.</translation>
    </message>
</context>
<context>
    <name>Sspr::Gui::YesNoSwitch</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>%1: Yes</source>
        <translation>%1: Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>%1: No</source>
        <translation>%1: Não</translation>
    </message>
</context>
<context>
    <name>Sspr::Secrets::KeychainSecretStore</name>
    <message>
        <source>Could not read the %1 from the keychain</source>
        <translation>Não foi possível ler %1 do chaveiro</translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain</source>
        <translation>Não foi possível armazenar %1 no chaveiro</translation>
    </message>
    <message>
        <source>Could not remove the %1 from the keychain</source>
        <translation>Não foi possível remover %1 do chaveiro</translation>
    </message>
    <message>
        <source>No keychain is available: install and unlock a Secret Service such as GNOME Keyring or KWallet</source>
        <translation>Nenhum chaveiro disponível: instale e desbloqueie um Secret Service, como o GNOME Keyring ou o KWallet</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access: unlock it and try again</source>
        <translation>o chaveiro está bloqueado ou recusou o acesso: desbloqueie-o e tente novamente</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>o acesso ao chaveiro foi recusado</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>o chaveiro não conseguiu excluir a entrada</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>o chaveiro relatou um erro</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::EnrollmentService</name>
    <message>
        <source>That method is no longer registered for this user.</source>
        <translation>Esse método não está mais registrado para este usuário.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass is created by Microsoft Graph: connect a tenant to create one.</source>
        <translation>Um Passe de Acesso Temporário é criado pelo Microsoft Graph: conecte um locatário para criar um.</translation>
    </message>
    <message>
        <source>A Temporary Access Pass lasts from 10 minutes to 30 days (43,200 minutes); %1 is outside that.</source>
        <translation>Um Passe de Acesso Temporário dura de 10 minutos a 30 dias (43.200 minutos); %1 está fora desse intervalo.</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Passe de Acesso Temporário</translation>
    </message>
    <message>
        <source>%1 minutes%2</source>
        <translation>%1 minutos%2</translation>
    </message>
    <message>
        <source>, one-time use</source>
        <translation>, uso único</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GraphConnection</name>
    <message>
        <source>The keychain holds no client secret for the profile &quot;%1&quot;: connect it again (ssprctl connect, or Connect to a tenant… in the console).</source>
        <translation>O chaveiro não contém segredo do cliente para o perfil &quot;%1&quot;: conecte-o novamente (ssprctl connect, ou Conectar a um locatário… no console).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>A entrada foi cancelada.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Não conectado.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GraphImportApplier</name>
    <message>
        <source>The journal row names no method type.</source>
        <translation>A linha do diário não indica um tipo de método.</translation>
    </message>
    <message>
        <source>Queued for the tenant: replace the %1 %2 with %3.</source>
        <translation>Enfileirado para o locatário: substituir %1 %2 por %3.</translation>
    </message>
    <message>
        <source>Queued for the tenant: add the %1 %2.</source>
        <translation>Enfileirado para o locatário: adicionar %1 %2.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::GroupService</name>
    <message>
        <source>Enter a display name for the group.</source>
        <translation>Insira um nome de exibição para o grupo.</translation>
    </message>
    <message>
        <source>A display name can be at most %1 characters long.</source>
        <translation>Um nome de exibição pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter a mail nickname for the group.</source>
        <translation>Insira um apelido de email para o grupo.</translation>
    </message>
    <message>
        <source>A mail nickname can be at most %1 characters long.</source>
        <translation>Um apelido de email pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A mail nickname cannot contain spaces.</source>
        <translation>Um apelido de email não pode conter espaços.</translation>
    </message>
    <message>
        <source>A mail nickname cannot contain “%1” (none of @ ( ) \ [ ] &quot; ; : . &lt; &gt; , or space are allowed).</source>
        <translation>Um apelido de email não pode conter “%1” (nenhum de @ ( ) \ [ ] &quot; ; : . &lt; &gt; , nem espaço é permitido).</translation>
    </message>
    <message>
        <source>A mail nickname can contain only ASCII letters, digits and punctuation.</source>
        <translation>Um apelido de email pode conter apenas letras ASCII, dígitos e pontuação.</translation>
    </message>
    <message>
        <source>A description can be at most %1 characters long.</source>
        <translation>Uma descrição pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Another group already uses the mail nickname “%1”; choose another.</source>
        <translation>Outro grupo já usa o apelido de email “%1”; escolha outro.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::HardwareOathRegistrar</name>
    <message>
        <source>the global cloud</source>
        <translation>a nuvem global</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Governo dos EUA (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Governo dos EUA (DoD)</translation>
    </message>
    <message>
        <source>Microsoft Azure operated by 21Vianet (China)</source>
        <translation>Microsoft Azure operado pela 21Vianet (China)</translation>
    </message>
    <message>
        <source>Tokens can&apos;t be registered in Entra ID from this profile: the Microsoft Graph hardware OATH API exists only in the global cloud, and this tenant is in %1.</source>
        <translation>Não é possível registrar tokens no Entra ID a partir deste perfil: a API de OATH de hardware do Microsoft Graph existe apenas na nuvem global, e este locatário está em: %1.</translation>
    </message>
    <message>
        <source>The user has no Microsoft Graph id in this store; sync the tenant first.</source>
        <translation>O usuário não tem ID do Microsoft Graph neste repositório; sincronize o locatário primeiro.</translation>
    </message>
    <message>
        <source>The token has no serial number.</source>
        <translation>O token não tem número de série.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens change every 30 or 60 seconds, not every %1.</source>
        <translation>Os tokens OATH do Entra ID mudam a cada 30 ou 60 segundos, não a cada %1.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens use SHA1 or SHA256, not %1.</source>
        <translation>Os tokens OATH do Entra ID usam SHA1 ou SHA256, não %1.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s OATH tokens make 6-digit codes, not %1-digit ones.</source>
        <translation>Os tokens OATH do Entra ID geram códigos de 6 dígitos, não de %1 dígitos.</translation>
    </message>
    <message>
        <source>There is no key to register.</source>
        <translation>Não há chave a registrar.</translation>
    </message>
    <message>
        <source>The key is longer than the %1 Base32 characters Entra ID accepts.</source>
        <translation>A chave é mais longa que os %1 caracteres Base32 que o Entra ID aceita.</translation>
    </message>
    <message>
        <source>The key is not valid Base32.</source>
        <translation>A chave não é Base32 válido.</translation>
    </message>
    <message>
        <source>That user is no longer in the store.</source>
        <translation>Esse usuário não está mais no repositório.</translation>
    </message>
    <message>
        <source>A request to Entra ID is already running; wait for it to finish.</source>
        <translation>Uma solicitação ao Entra ID já está em andamento; aguarde até que ela termine.</translation>
    </message>
    <message>
        <source>This token is already registered in Entra ID.</source>
        <translation>Este token já está registrado no Entra ID.</translation>
    </message>
    <message>
        <source>Sign in to the tenant first.</source>
        <translation>Entre no locatário primeiro.</translation>
    </message>
    <message>
        <source>Entra ID did not register the token: %1</source>
        <translation>O Entra ID não registrou o token: %1</translation>
    </message>
    <message>
        <source>Entra ID did not say which token it created; look for serial number %1 in the Entra admin center before trying again.</source>
        <translation>O Entra ID não informou qual token criou; procure o número de série %1 no centro de administração do Microsoft Entra antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The connection to the tenant was closed before the token was assigned.</source>
        <translation>A conexão com o locatário foi fechada antes de o token ser atribuído.</translation>
    </message>
    <message>
        <source>Entra ID created token %1 but did not assign it to %2: %3</source>
        <translation>O Entra ID criou o token %1, mas não o atribuiu a %2: %3</translation>
    </message>
    <message>
        <source>The token is registered in Entra ID, but the local record was not updated: %1</source>
        <translation>O token está registrado no Entra ID, mas o registro local não foi atualizado: %1</translation>
    </message>
    <message>
        <source>Register the token in Entra ID before activating it.</source>
        <translation>Registre o token no Entra ID antes de ativá-lo.</translation>
    </message>
    <message>
        <source>The token is already activated.</source>
        <translation>O token já está ativado.</translation>
    </message>
    <message>
        <source>The connection to the tenant was closed; sign in again to activate the token.</source>
        <translation>A conexão com o locatário foi fechada; entre novamente para ativar o token.</translation>
    </message>
    <message>
        <source>Type the code the user&apos;s app shows now.</source>
        <translation>Digite o código que o aplicativo do usuário mostra agora.</translation>
    </message>
    <message>
        <source>A code has only digits.</source>
        <translation>Um código tem apenas dígitos.</translation>
    </message>
    <message>
        <source>The code has %1 digits; this token makes %2-digit codes.</source>
        <translation>O código tem %1 dígitos; este token gera códigos de %2 dígitos.</translation>
    </message>
    <message>
        <source>Entra ID did not activate the token: %1</source>
        <translation>O Entra ID não ativou o token: %1</translation>
    </message>
    <message>
        <source>The token is activated in Entra ID, but the audit entry was not written: %1</source>
        <translation>O token está ativado no Entra ID, mas a entrada de auditoria não foi gravada: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImpactService</name>
    <message>
        <source>Lose the ability to reset</source>
        <translation>Perdem a capacidade de redefinir</translation>
    </message>
    <message>
        <source>Will be asked to register at next sign-in</source>
        <translation>Serão solicitados a se registrar na próxima entrada</translation>
    </message>
    <message>
        <source>In scope without enough methods</source>
        <translation>No escopo sem métodos suficientes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlan</name>
    <message>
        <source>Will add</source>
        <translation>Será adicionado</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>Será atualizado</translation>
    </message>
    <message>
        <source>Already set</source>
        <translation>Já definido</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuário desconhecido</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número inválido</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Endereço inválido</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Linha duplicada</translation>
    </message>
    <message>
        <source>Shared number</source>
        <translation>Número compartilhado</translation>
    </message>
    <message>
        <source>Rule violation</source>
        <translation>Violação de regra</translation>
    </message>
    <message>
        <source>Will add the %1 %2.</source>
        <translation>Vai adicionar %1 %2.</translation>
    </message>
    <message>
        <source>Will replace the %1 %2 with %3.</source>
        <translation>Vai substituir %1 %2 por %3.</translation>
    </message>
    <message>
        <source>Kept the registered %1 %2: no decision was made to replace it with %3.</source>
        <translation>%1 %2 registrado mantido: não foi decidido substituí-lo por %3.</translation>
    </message>
    <message>
        <source>Kept the registered %1 %2 (policy for existing values: skip); the file has %3.</source>
        <translation>%1 %2 registrado mantido (política para valores existentes: skip); o arquivo tem %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n a adicionar</numerusform>
            <numerusform>%n a adicionar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n a atualizar</numerusform>
            <numerusform>%n a atualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already set</source>
        <translation>
            <numerusform>%n já definido</numerusform>
            <numerusform>%n já definidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown user(s)</source>
        <translation>
            <numerusform>%n usuário desconhecido</numerusform>
            <numerusform>%n usuários desconhecidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n número inválido</numerusform>
            <numerusform>%n números inválidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es)</source>
        <translation>
            <numerusform>%n endereço inválido</numerusform>
            <numerusform>%n endereços inválidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n linha duplicada</numerusform>
            <numerusform>%n linhas duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared number(s)</source>
        <translation>
            <numerusform>%n número compartilhado</numerusform>
            <numerusform>%n números compartilhados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule violation(s)</source>
        <translation>
            <numerusform>%n violação de regra</numerusform>
            <numerusform>%n violações de regra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportPlanner</name>
    <message>
        <source>A phone type applies to a phone import, not to an email import.</source>
        <translation>Um tipo de telefone se aplica a uma importação de telefones, não a uma importação de emails.</translation>
    </message>
    <message>
        <source>No column holds the email addresses to import; choose it.</source>
        <translation>Nenhuma coluna contém os endereços de email a importar; escolha-a.</translation>
    </message>
    <message>
        <source>No column holds the phone numbers to import; choose it.</source>
        <translation>Nenhuma coluna contém os números de telefone a importar; escolha-a.</translation>
    </message>
    <message>
        <source>%1 is not a phone type.</source>
        <translation>%1 não é um tipo de telefone.</translation>
    </message>
    <message>
        <source>The file has several phone columns (%1) and none of them is for the %2; choose the column to import, or import every column as its own type.</source>
        <translation>O arquivo tem várias colunas de telefone (%1) e nenhuma delas é para %2; escolha a coluna a importar ou importe cada coluna como seu próprio tipo.</translation>
    </message>
    <message>
        <source>%1 is not a known region; use a two-letter country code such as US, GB or DE.</source>
        <translation>%1 não é uma região conhecida; use um código de país de duas letras, como US, GB ou DE.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Lendo linhas</translation>
    </message>
    <message>
        <source>The row has no phone number.</source>
        <translation>A linha não tem número de telefone.</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>A linha não tem endereço de email.</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Procurando usuários</translation>
    </message>
    <message>
        <source>Checking values</source>
        <translation>Verificando valores</translation>
    </message>
    <message>
        <source>The row has no user principal name.</source>
        <translation>A linha não tem nome UPN.</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>Nenhum usuário %1 neste locatário.</translation>
    </message>
    <message>
        <source>%1 is not a user principal name (name@domain).</source>
        <translation>%1 não é um nome UPN (nome@domínio).</translation>
    </message>
    <message>
        <source>The country column holds %1, which is not a country or region this console knows. Use a two-letter code such as DE or US, or write the number with + and its country code.</source>
        <translation>A coluna de país contém %1, que não é um país ou região que este console conhece. Use um código de duas letras, como DE ou US, ou escreva o número com + e o código do país.</translation>
    </message>
    <message>
        <source>Line %1 already sets this user&apos;s %2; only the first row is imported.</source>
        <translation>A linha %1 já define %2 deste usuário; só a primeira linha é importada.</translation>
    </message>
    <message>
        <source>The %1 %2 is already registered; nothing to change.</source>
        <translation>%1 %2 já está registrado; nada a alterar.</translation>
    </message>
    <message>
        <source>Looking for shared numbers</source>
        <translation>Procurando números compartilhados</translation>
    </message>
    <message numerus="yes">
        <source>The number %1 is already registered for %n other account(s): %2.</source>
        <translation>
            <numerusform>O número %1 já está registrado em %n outra conta: %2.</numerusform>
            <numerusform>O número %1 já está registrado em %n outras contas: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file gives the number %1 to %n other user(s) as well: %2.</source>
        <translation>
            <numerusform>O arquivo também atribui o número %1 a %n outro usuário: %2.</numerusform>
            <numerusform>O arquivo também atribui o número %1 a %n outros usuários: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever answers that phone could reset every one of these accounts, so shared numbers are imported only when allowed.</source>
        <translation>Quem atender esse telefone poderia redefinir cada uma dessas contas, então números compartilhados só são importados quando permitido.</translation>
    </message>
    <message>
        <source>Finding similar user names</source>
        <translation>Procurando nomes de usuário semelhantes</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Você quis dizer %1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportReport</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Não é possível gravar o relatório %1: %2</translation>
    </message>
    <message>
        <source>Not applied yet: the import was interrupted or paused. Resume it to apply this row.</source>
        <translation>Ainda não aplicado: a importação foi interrompida ou pausada. Retome-a para aplicar esta linha.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>A adicionar</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>A atualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Ainda não aplicado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>nenhuma linha</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportRunner</name>
    <message>
        <source>Import #%1 (%2)</source>
        <translation>Importação nº %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a registered value still need a decision: replace it or keep it.</source>
        <translation>
            <numerusform>%n linha com valor registrado ainda precisa de uma decisão: substituí-lo ou mantê-lo.</numerusform>
            <numerusform>%n linhas com valor registrado ainda precisam de uma decisão: substituí-lo ou mantê-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 to apply</source>
        <translation>%1 linhas, %2 a aplicar</translation>
    </message>
    <message>
        <source>No import run is open.</source>
        <translation>Nenhuma execução de importação está aberta.</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled.</source>
        <translation>Não aplicado: a importação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ImportSource</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Não existe o arquivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 é uma pasta; escolha um arquivo CSV.</translation>
    </message>
    <message>
        <source>%1 is %2; an import file may be at most %3. Split it into smaller files.</source>
        <translation>%1 tem %2; um arquivo de importação pode ter no máximo %3. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 não pode ser importado: %2</translation>
    </message>
    <message>
        <source>The pasted text cannot be imported: %1</source>
        <translation>O texto colado não pode ser importado: %1</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::LocalImportApplier</name>
    <message>
        <source>The journal row is incomplete; it was not applied.</source>
        <translation>A linha do diário está incompleta; não foi aplicada.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
    <message>
        <source>The %1 %2 is already registered; nothing to change.</source>
        <translation>%1 %2 já está registrado; nada a alterar.</translation>
    </message>
    <message>
        <source>The user has had the %1 %2 registered since the preview; it was kept.</source>
        <translation>O usuário tem %1 %2 registrado desde a visualização; ele foi mantido.</translation>
    </message>
    <message>
        <source>Replaced the %1 %2 with %3.</source>
        <translation>%1 %2 substituído por %3.</translation>
    </message>
    <message>
        <source>Added the %1 %2.</source>
        <translation>%1 %2 adicionado.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::PolicyService</name>
    <message>
        <source>Password reset policy</source>
        <translation>Política de redefinição de senha</translation>
    </message>
    <message>
        <source>The target group %1 does not exist in this tenant; remove it.</source>
        <translation>O grupo de destino %1 não existe neste locatário; remova-o.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desabilitado</translation>
    </message>
    <message>
        <source>Authentication methods policy</source>
        <translation>Política de métodos de autenticação</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::ProfileConnector</name>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;: escolha outro nome.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Falha ao entrar: %1</translation>
    </message>
    <message>
        <source>Signed in, but Graph refused the first request: %1</source>
        <translation>Entrada realizada, mas o Graph recusou a primeira solicitação: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Entrada cancelada.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::QrRenderer</name>
    <message>
        <source>No file name was given.</source>
        <translation>Nenhum nome de arquivo foi informado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation>Não é possível tornar %1 privado para o proprietário: %2</translation>
    </message>
    <message>
        <source>the content could not be made</source>
        <translation>não foi possível criar o conteúdo</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Não há código QR para salvar.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::StoreLocator</name>
    <message>
        <source>The seed was cancelled; the store was left empty.</source>
        <translation>A geração foi cancelada; o repositório ficou vazio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não é um nome de perfil válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with: ssprctl seed --db %1</source>
        <translation>Não há repositório em %1. Crie um com: ssprctl seed --db %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não há perfil chamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TenantProfile</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid URL.</source>
        <translation>A %1 &quot;%2&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>The %1 is refused: %2</source>
        <translation>A %1 foi recusada: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in kind: use browser, device-code, client-secret or certificate.</source>
        <translation>&quot;%1&quot; não é um tipo de entrada: use browser, device-code, client-secret ou certificate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não é um nome de perfil válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The tenant is missing: give its directory (tenant) id or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>O locatário está ausente: informe o ID do diretório (locatário) ou um domínio verificado, como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a directory (tenant) id (a GUID such as 00000000-0000-0000-0000-000000000000) nor a domain name such as contoso.onmicrosoft.com.</source>
        <translation>&quot;%1&quot; não é um ID do diretório (locatário) (um GUID como 00000000-0000-0000-0000-000000000000) nem um nome de domínio como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The client id is missing: give the application (client) id of the app registration.</source>
        <translation>O ID do cliente está ausente: informe o ID do aplicativo (cliente) do registro de aplicativo.</translation>
    </message>
    <message>
        <source>The client id &quot;%1&quot; is not a GUID: copy the application (client) id from the app registration&apos;s overview page.</source>
        <translation>O ID do cliente &quot;%1&quot; não é um GUID: copie o ID do aplicativo (cliente) da página de visão geral do registro de aplicativo.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the certificate file (PKCS#12 or PEM with its private key).</source>
        <translation>A entrada com certificado precisa do arquivo de certificado (PKCS#12 ou PEM com a chave privada).</translation>
    </message>
    <message>
        <source>A certificate file is only used with certificate sign-in.</source>
        <translation>Um arquivo de certificado só é usado na entrada com certificado.</translation>
    </message>
    <message>
        <source>authority URL</source>
        <translation>URL da autoridade</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>URL do Graph</translation>
    </message>
    <message>
        <source>The store %1 holds no tenant.</source>
        <translation>O repositório %1 não contém nenhum locatário.</translation>
    </message>
    <message>
        <source>The store %1 holds a local tenant, not a connection to Microsoft Graph.</source>
        <translation>O repositório %1 contém um locatário local, não uma conexão com o Microsoft Graph.</translation>
    </message>
    <message>
        <source>The store %1 holds a local tenant; a Graph connection needs a profile of its own.</source>
        <translation>O repositório %1 contém um locatário local; uma conexão do Graph precisa de um perfil próprio.</translation>
    </message>
    <message>
        <source>The store holds no tenant yet.</source>
        <translation>O repositório ainda não contém nenhum locatário.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TokenIssuer</name>
    <message>
        <source>Internal error: %1 users but %2 tokens to record.</source>
        <translation>Erro interno: %1 usuários, mas %2 tokens a registrar.</translation>
    </message>
</context>
<context>
    <name>Sspr::Services::TotpHandout</name>
    <message>
        <source>your organisation</source>
        <translation>sua organização</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configure o seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>%1 has set up sign-in codes for your account. Add them to an authenticator app on your phone with the QR code below.</source>
        <translation>%1 configurou códigos de entrada para a sua conta. Adicione-os a um aplicativo autenticador no seu telefone com o código QR abaixo.</translation>
    </message>
    <message>
        <source>%1 digits, new every %2 seconds</source>
        <translation>%1 dígitos, novo a cada %2 segundos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Número de série do token</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Cannot scan? Choose to enter a key instead, and type:</source>
        <translation>Não consegue ler? Escolha inserir uma chave e digite:</translation>
    </message>
    <message>
        <source>The key is deliberately not printed. If you cannot scan the code, ask your administrator.</source>
        <translation>A chave não é impressa de propósito. Se não conseguir ler o código, fale com o seu administrador.</translation>
    </message>
    <message>
        <source>Install Microsoft Authenticator or another authenticator app from your phone&apos;s app store.</source>
        <translation>Instale o Microsoft Authenticator ou outro aplicativo autenticador pela loja de aplicativos do seu telefone.</translation>
    </message>
    <message>
        <source>In the app, add an account and choose &quot;Other account&quot; or &quot;Scan a QR code&quot;.</source>
        <translation>No aplicativo, adicione uma conta e escolha &quot;Outra conta&quot; ou &quot;Ler um código QR&quot;.</translation>
    </message>
    <message>
        <source>Point the camera at the QR code above. The app lists &quot;%1&quot; with your account.</source>
        <translation>Aponte a câmera para o código QR acima. O aplicativo lista &quot;%1&quot; com a sua conta.</translation>
    </message>
    <message>
        <source>Tell your administrator the %1-digit code the app shows, or enter it where you are asked, to confirm that it works.</source>
        <translation>Informe ao seu administrador o código de %1 dígitos que o aplicativo mostra, ou insira-o onde for solicitado, para confirmar que funciona.</translation>
    </message>
    <message>
        <source>Then shred this sheet: anyone who scans the code can make your sign-in codes.</source>
        <translation>Depois, destrua esta folha: qualquer pessoa que ler o código pode gerar os seus códigos de entrada.</translation>
    </message>
    <message>
        <source>How to set it up</source>
        <translation>Como configurar</translation>
    </message>
    <message>
        <source>Confidential: this sheet gives access to the account.</source>
        <translation>Confidencial: esta folha dá acesso à conta.</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitido em %1.</translation>
    </message>
    <message>
        <source>Issued %1 by %2.</source>
        <translation>Emitido em %1 por %2.</translation>
    </message>
    <message>
        <source>There is nobody to make a handout for.</source>
        <translation>Não há ninguém para quem fazer um folheto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Authenticator setup for %1</source>
        <translation>Configuração do autenticador para %1</translation>
    </message>
    <message>
        <source>Authenticator setup sheets</source>
        <translation>Folhas de configuração do autenticador</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>A token has no user principal name.</source>
        <translation>Um token não tem nome UPN.</translation>
    </message>
    <message>
        <source>%1: the token has no serial number.</source>
        <translation>%1: o token não tem número de série.</translation>
    </message>
    <message>
        <source>%1: the token has no secret.</source>
        <translation>%1: o token não tem segredo.</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s OATH token upload takes only SHA1 keys with 6 digits and a period of 30 or 60 seconds.</source>
        <translation>%1: o carregamento de tokens OATH do Entra aceita apenas chaves SHA1 com 6 dígitos e período de 30 ou 60 segundos.</translation>
    </message>
    <message>
        <source>%1: the secret is longer than the %2 Base32 characters Entra accepts.</source>
        <translation>%1: o segredo é maior que os %2 caracteres Base32 que o Entra aceita.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot create the store file %1: %2.</source>
        <translation>Não é possível criar o arquivo de repositório %1: %2.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Nenhum arquivo de repositório foi informado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 é uma pasta, não um arquivo de repositório.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Não é possível ler %1: permissão negada.</translation>
    </message>
    <message>
        <source>%1 is not an SSPR Console store (not an SQLite database). It was left unchanged.</source>
        <translation>%1 não é um repositório do SSPR Console (não é um banco de dados SQLite). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Não há repositório em %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite).</source>
        <translation>O driver SQLite do Qt está ausente (pacote libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a store: %2. It was left unchanged.</source>
        <translation>%1 não pode ser lido como repositório: %2. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left unchanged.</source>
        <translation>%1 é um banco de dados SQLite de outro aplicativo. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SSPR Console (schema %2; this version knows %3). Update the console to open it.</source>
        <translation>%1 foi gravado por um SSPR Console mais recente (esquema %2; esta versão conhece %3). Atualize o console para abri-lo.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Não é possível preparar %1: %2</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>A etapa de esquema %1 (%2) falhou: %3</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Não é possível iniciar uma transação: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change: %1</source>
        <translation>Não é possível confirmar a alteração: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::ImportJournal</name>
    <message>
        <source>There is no import run %1 in this store.</source>
        <translation>Não há execução de importação %1 neste repositório.</translation>
    </message>
    <message>
        <source>Row %1 of import run %2 is missing from the journal.</source>
        <translation>A linha %1 da execução de importação %2 está ausente do diário.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Não é possível iniciar uma transação: %1</translation>
    </message>
    <message>
        <source>Cannot commit the change: %1</source>
        <translation>Não é possível confirmar a alteração: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::MethodBatchWriter</name>
    <message>
        <source>The method no longer exists.</source>
        <translation>O método não existe mais.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::PolicyRepository</name>
    <message>
        <source>The registration campaign has targets but the policy has no method configuration to store them with.</source>
        <translation>A campanha de registro tem destinos, mas a política não tem configuração de método com a qual armazená-los.</translation>
    </message>
    <message>
        <source>The stored Authentication methods policy is damaged (%1 is not a JSON object).</source>
        <translation>A política de métodos de autenticação armazenada está danificada (%1 não é um objeto JSON).</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::SqliteStatement</name>
    <message>
        <source>The SQLite driver does not expose its connection; bulk writes are unavailable.</source>
        <translation>O driver SQLite não expõe sua conexão; gravações em massa não estão disponíveis.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>A instrução não está preparada.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::SyncWriter</name>
    <message>
        <source>Cannot start writing the sync page: %1</source>
        <translation>Não é possível começar a gravar a página de sincronização: %1</translation>
    </message>
    <message>
        <source>Cannot commit the sync page: %1</source>
        <translation>Não é possível confirmar a página de sincronização: %1</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection; sync is unavailable.</source>
        <translation>O driver do SQLite não expõe a conexão dele; a sincronização não está disponível.</translation>
    </message>
    <message>
        <source>Cannot prepare the sync: %1</source>
        <translation>Não é possível preparar a sincronização: %1</translation>
    </message>
    <message>
        <source>The store&apos;s search schema is incomplete; it cannot be synced.</source>
        <translation>O esquema de pesquisa do repositório está incompleto; ele não pode ser sincronizado.</translation>
    </message>
    <message>
        <source>This store holds an offline tenant (such as the demo); only a Graph profile can be synced.</source>
        <translation>Este repositório contém um locatário offline (como o de demonstração); somente um perfil do Graph pode ser sincronizado.</translation>
    </message>
    <message>
        <source>Cannot store user %1: %2</source>
        <translation>Não é possível armazenar o usuário %1: %2</translation>
    </message>
    <message>
        <source>Cannot store group %1: %2</source>
        <translation>Não é possível armazenar o grupo %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the methods of user %1: %2</source>
        <translation>Não é possível armazenar os métodos do usuário %1: %2</translation>
    </message>
    <message>
        <source>A sync page arrived out of order; nothing was written. The next sync resumes.</source>
        <translation>Uma página de sincronização chegou fora de ordem; nada foi gravado. A próxima sincronização é retomada.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::TenantWriter</name>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation>O driver SQLite não expôs sua conexão.</translation>
    </message>
    <message>
        <source>The store already holds a tenant; seed into a new file instead.</source>
        <translation>O repositório já contém um locatário; gere em um novo arquivo.</translation>
    </message>
    <message>
        <source>Cannot start the seed transaction: %1</source>
        <translation>Não é possível iniciar a transação de geração: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the seed: %1</source>
        <translation>Não é possível preparar a geração: %1</translation>
    </message>
    <message>
        <source>Cannot write the tenant: %1</source>
        <translation>Não é possível gravar o locatário: %1</translation>
    </message>
    <message>
        <source>The seed failed: %1</source>
        <translation>A geração falhou: %1</translation>
    </message>
    <message>
        <source>The seed produced inconsistent data (%1); nothing was written.</source>
        <translation>A geração produziu dados inconsistentes (%1); nada foi gravado.</translation>
    </message>
    <message>
        <source>Cannot commit the seed: %1</source>
        <translation>Não é possível confirmar a geração: %1</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserDirectory</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserFacts</name>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation>O driver SQLite não expôs sua conexão.</translation>
    </message>
</context>
<context>
    <name>Sspr::Store::UserWriter</name>
    <message>
        <source>The method no longer exists.</source>
        <translation>O método não existe mais.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::MethodFetcher</name>
    <message>
        <source>The user is not in the store; sync first.</source>
        <translation>O usuário não está no repositório; sincronize primeiro.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxChange</name>
    <message>
        <source>Add %1 %2 for %3</source>
        <translation>Adicionar %1 %2 para %3</translation>
    </message>
    <message>
        <source>Change %1 of %2 from %3 to %4</source>
        <translation>Alterar %1 de %2 (de %3 para %4)</translation>
    </message>
    <message>
        <source>Add email %1 for %2</source>
        <translation>Adicionar o email %1 para %2</translation>
    </message>
    <message>
        <source>Change email of %1 from %2 to %3</source>
        <translation>Alterar o email de %1 (de %2 para %3)</translation>
    </message>
    <message>
        <source>Delete %1 %2 of %3</source>
        <translation>Excluir %1 %2 de %3</translation>
    </message>
    <message>
        <source>Create security group %1 (%2)</source>
        <translation>Criar o grupo de segurança %1 (%2)</translation>
    </message>
    <message>
        <source>Update the %1 method configuration: %2</source>
        <translation>Atualizar a configuração do método %1: %2</translation>
    </message>
    <message>
        <source>Update the Authentication methods policy: %1</source>
        <translation>Atualizar a política de métodos de autenticação: %1</translation>
    </message>
    <message>
        <source>Allow administrators to use self-service password reset</source>
        <translation>Permitir que administradores usem a redefinição de senha por autoatendimento</translation>
    </message>
    <message>
        <source>Stop administrators from using self-service password reset</source>
        <translation>Impedir que administradores usem a redefinição de senha por autoatendimento</translation>
    </message>
    <message numerus="yes">
        <source>Create a Temporary Access Pass for %1 (%n minute(s))</source>
        <translation>
            <numerusform>Criar um Passe de Acesso Temporário para %1 (%n minuto)</numerusform>
            <numerusform>Criar um Passe de Acesso Temporário para %1 (%n minutos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxLocalEffects</name>
    <message>
        <source>Changed in the tenant to %1.</source>
        <translation>Alterado no locatário para %1.</translation>
    </message>
    <message>
        <source>Added in the tenant.</source>
        <translation>Adicionado no locatário.</translation>
    </message>
    <message>
        <source>Discarded from the outbox: not applied in the tenant.</source>
        <translation>Descartado da caixa de saída: não aplicado no locatário.</translation>
    </message>
    <message>
        <source>Queued for the tenant.</source>
        <translation>Enfileirado para o locatário.</translation>
    </message>
    <message>
        <source>Import #%1 (%2)</source>
        <translation>Importação nº %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxOperation</name>
    <message>
        <source>No answer from Microsoft Graph (%1).</source>
        <translation>Sem resposta do Microsoft Graph (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1 %2.</source>
        <translation>O Microsoft Graph respondeu %1 %2.</translation>
    </message>
    <message>
        <source>The user %1 no longer exists in the tenant (deleted since the last sync); nothing was changed.</source>
        <translation>O usuário %1 não existe mais no locatário (excluído desde a última sincronização); nada foi alterado.</translation>
    </message>
    <message>
        <source>The object no longer exists in the tenant; nothing was changed.</source>
        <translation>O objeto não existe mais no locatário; nada foi alterado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Already in the tenant (an earlier send got through).</source>
        <translation>Já está no locatário (um envio anterior foi concluído).</translation>
    </message>
    <message>
        <source>%1 already has the %2 %3 in the tenant; ours is %4. Retry to replace it with ours, or discard to keep the tenant&apos;s.</source>
        <translation>%1 já tem %2 %3 no locatário; o nosso é %4. Tente novamente para substituí-lo pelo nosso, ou descarte para manter o do locatário.</translation>
    </message>
    <message>
        <source>Already removed from the tenant.</source>
        <translation>Já removido do locatário.</translation>
    </message>
    <message>
        <source>The method of %1 is no longer registered in the tenant (removed, or the user was deleted, since the last sync); ours is %2. Discard to accept that, or add it again.</source>
        <translation>O método de %1 não está mais registrado no locatário (removido, ou o usuário foi excluído, desde a última sincronização); o nosso é %2. Descarte para aceitar isso, ou adicione-o novamente.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>The tenant&apos;s value for %1 changed since the last sync: it was %2, the tenant now has %3, ours is %4. Retry to apply ours anyway, or discard to keep the tenant&apos;s.</source>
        <translation>O valor do locatário para %1 mudou desde a última sincronização: era %2, o locatário agora tem %3, o nosso é %4. Tente novamente para aplicar o nosso mesmo assim, ou descarte para manter o do locatário.</translation>
    </message>
    <message>
        <source>The mail nickname %1 is already used by the group “%2” in the tenant; ours is “%3”. Discard this group and create it again with another nickname.</source>
        <translation>O apelido de email %1 já é usado pelo grupo “%2” no locatário; o nosso é “%3”. Descarte este grupo e crie-o novamente com outro apelido.</translation>
    </message>
    <message>
        <source>Already in the tenant.</source>
        <translation>Já está no locatário.</translation>
    </message>
    <message>
        <source>allowedToUseSSPR was changed in the tenant since the last sync (now %1, ours %2).</source>
        <translation>allowedToUseSSPR foi alterado no locatário desde a última sincronização (agora %1, o nosso %2).</translation>
    </message>
    <message>
        <source>The policy was modified in the tenant since the last sync. Tenant: %1. Ours: %2. Retry to apply ours anyway, or discard to keep the tenant&apos;s.</source>
        <translation>A política foi modificada no locatário desde a última sincronização. Locatário: %1. O nosso: %2. Tente novamente para aplicar o nosso mesmo assim, ou descarte para manter o do locatário.</translation>
    </message>
    <message>
        <source>The pass was created before the interruption, but it can be shown only once: create a new one to hand out.</source>
        <translation>O passe foi criado antes da interrupção, mas só pode ser mostrado uma vez: crie um novo para entregar.</translation>
    </message>
    <message>
        <source>This version of SSPR Console cannot send changes of kind “%1”.</source>
        <translation>Esta versão do SSPR Console não pode enviar alterações do tipo “%1”.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::OutboxWorker</name>
    <message>
        <source>Another SSPR Console process is sending this profile&apos;s outbox; try again when it is done.</source>
        <translation>Outro processo do SSPR Console está enviando a caixa de saída deste perfil; tente novamente quando ele terminar.</translation>
    </message>
    <message>
        <source>Sign in to the tenant again, then send the outbox.</source>
        <translation>Entre novamente no locatário e depois envie a caixa de saída.</translation>
    </message>
</context>
<context>
    <name>Sspr::Sync::SyncEngine</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Registration report</source>
        <translation>Relatório de registro</translation>
    </message>
    <message>
        <source>The registration report was not read: %1</source>
        <translation>O relatório de registro não foi lido: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The authentication methods policy was not read: %1</source>
        <translation>A política de métodos de autenticação não foi lida: %1</translation>
    </message>
    <message>
        <source>The authentication methods policy was not understood: %1</source>
        <translation>A política de métodos de autenticação não foi compreendida: %1</translation>
    </message>
    <message>
        <source>The administrator password reset setting was not read: %1</source>
        <translation>A configuração de redefinição de senha de administradores não foi lida: %1</translation>
    </message>
    <message>
        <source>The authorization policy has no allowedToUseSSPR setting.</source>
        <translation>A política de autorização não tem a configuração allowedToUseSSPR.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for Entra ID self-service password reset</source>
        <translation>Console para a redefinição de senha por autoatendimento do Entra ID</translation>
    </message>
    <message>
        <source>Use the store file PATH.</source>
        <translation>Usar o arquivo de repositório PATH.</translation>
    </message>
    <message>
        <source>Use the tenant profile NAME.</source>
        <translation>Usar o perfil de locatário NAME.</translation>
    </message>
    <message>
        <source>SSPR Console</source>
        <translation>SSPR Console</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Não foi possível abrir o repositório.

%1</translation>
    </message>
    <message>
        <source>Connect dialogs use this Graph root (https, or http on this computer only).</source>
        <translation>As caixas de diálogo de conexão usam esta raiz do Graph (https, ou http apenas neste computador).</translation>
    </message>
    <message>
        <source>Connect dialogs use this sign-in authority (https, or http on this computer only).</source>
        <translation>As caixas de diálogo de conexão usam esta autoridade de entrada (https, ou http apenas neste computador).</translation>
    </message>
</context>
</TS>
